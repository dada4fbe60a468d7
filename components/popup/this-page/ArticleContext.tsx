import type { PageContext } from '../../../contract/messages.ts';
import { describeDate } from '../age.ts';

/** Which article this is: title, outlet, byline, and when it was published. */
export function ArticleContext({ context, now }: { context: PageContext; now: number }) {
  const published = describeDate(context.publishedAt, now);
  const meta = [context.site, context.byline].filter(Boolean);
  return (
    <header class="article-context">
      <h2 class="article-title">{context.title || context.url}</h2>
      {meta.length > 0 && <p class="article-meta">{meta.join(' · ')}</p>}
      {published && (
        <p class="article-date">
          <time dateTime={published.iso}>{published.date}</time> <span class="age">({published.age})</span>
        </p>
      )}
    </header>
  );
}
