import { i18n } from '#i18n';

/** A note's tags as tags (outlined pills, marked by CSS, not text), never as a line that reads like the comment. */
export function NoteTags({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul class="tags" aria-label={i18n.t('popup.notes.tags')}>
      {tags.map((tag) => (
        <li key={tag} class="tag">
          {tag}
        </li>
      ))}
    </ul>
  );
}
