// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { NotesPage } from '../../../components/notes-page/NotesPage.tsx';
import { notesPageHash, parseNotesPageHash } from '../../../components/notes-page/notes-address.ts';
import { testServices } from '../popup/page-fixtures.ts';

afterEach(cleanup);

const BUDGET = 'https://daily.example/economy/budget';
const TALKS = 'https://news.example.com/politics/talks';

async function servicesWithTwoArticles() {
  const services = await testServices();
  const save = async (url: string, title: string, exact: string, extra: object = {}) => {
    services.tick();
    await services.background.save({
      articleUrl: url,
      quote: { exact, prefix: 'Before. ', suffix: ' After.' },
      article: { url, title },
      ...extra,
    });
  };
  await save(BUDGET, 'Budget talks stall', 'Officials reportedly agreed to delay.', { category: 'hedged' });
  await save(TALKS, 'Talks resume', 'Aides say the talks resume.', { category: 'anonymous', comment: 'Which aides?' });
  await save(BUDGET, 'Budget talks stall', 'Critics say the budget fails.', { category: 'vague' });
  return services;
}

test('the address names a view and an article, and reads back the same', () => {
  const hash = notesPageHash({ articleUrl: 'https://x.example/a?b=1&c=2#d' });
  expect(hash).toBe('#article=https%3A%2F%2Fx.example%2Fa%3Fb%3D1%26c%3D2%23d');
  expect(parseNotesPageHash(hash)).toEqual({ view: 'notes', articleUrl: 'https://x.example/a?b=1&c=2#d' });
  expect(parseNotesPageHash('#view=reading')).toEqual({ view: 'reading' });
  expect(parseNotesPageHash('')).toEqual({ view: 'notes' });
});

test('a full page: the list beside the chosen article, and no This page tab', async () => {
  const services = await servicesWithTwoArticles();
  render(<NotesPage services={services} hash="" />);
  expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Notes', 'Reading']);
  expect(await screen.findByText('Choose a note to see its article and every note you keep on it.')).toBeTruthy();

  fireEvent.click(await screen.findByText('Critics say the budget fails.', { selector: '.passage' }));
  const detail = await screen.findByRole('article', { name: 'Budget talks stall' });
  const passages = within(detail)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('mark')?.textContent);
  expect(passages).toEqual(['Officials reportedly agreed to delay.', 'Critics say the budget fails.']);
  expect(within(detail).getAllByText('Before.', { exact: false }).length).toBe(2);
  fireEvent.click(within(detail).getByRole('button', { name: 'Open article' }));
  expect(services.openUrl).toHaveBeenCalledWith(BUDGET);
});

test('opened for one article, it shows that article; the address follows the chosen one', async () => {
  const services = await servicesWithTwoArticles();
  const onNavigate = vi.fn();
  render(<NotesPage services={services} hash={notesPageHash({ articleUrl: TALKS })} onNavigate={onNavigate} />);
  const detail = await screen.findByRole('article', { name: 'Talks resume' });
  expect(within(detail).getByText('Which aides?')).toBeTruthy();
  fireEvent.click(await screen.findByText('Officials reportedly agreed to delay.', { selector: '.passage' }));
  await screen.findByRole('article', { name: 'Budget talks stall' });
  expect(onNavigate).toHaveBeenLastCalledWith(notesPageHash({ articleUrl: BUDGET }));
});

test('rows can be grouped under their articles, titled', async () => {
  render(<NotesPage services={await servicesWithTwoArticles()} hash="" />);
  fireEvent.click(await screen.findByRole('checkbox', { name: 'Group by article' }));
  const titles = () =>
    [...document.querySelectorAll('.article-group .group-title')].map((title) => title.firstChild?.textContent?.trim());
  await waitFor(() => expect(titles()).toEqual(['Budget talks stall', 'Talks resume']));
  const titled = [...document.querySelectorAll<HTMLElement>('.article-group')];
  expect(
    within(titled[0]!)
      .getAllByRole('listitem')
      .filter((item) => item.hasAttribute('data-note-row')),
  ).toHaveLength(2);
});

test('the Reading tab opens the Reading view; with nothing recorded it says so', async () => {
  render(<NotesPage services={await testServices()} hash="" />);
  fireEvent.click(screen.getByRole('tab', { name: 'Reading' }));
  expect(await screen.findByText(/No reading recorded yet/)).toBeTruthy();
});

test('issue #18: notes name the outlet as the page did, never its host; tags read as tags; the article sits beside the list only once chosen', async () => {
  const services = await testServices();
  const served = 'http://127.0.0.1:8080/washington-story';
  await services.background.save({
    articleUrl: served,
    quote: { exact: 'Officials said so, reportedly.', prefix: '', suffix: '' },
    category: 'hedged',
    comment: 'Which officials?',
    tags: ['follow-up', 'budget'],
    article: { url: served, title: 'A served copy', site: 'The Example Post' },
  });
  const { container } = render(<NotesPage services={services} hash="" />);
  const row = await screen.findByText('Officials said so, reportedly.');
  expect(await screen.findByText('The Example Post', { selector: '.note-outlet' })).toBeTruthy();
  expect(container.textContent).not.toContain('127.0.0.1');
  // The site filter shows the outlet's name; its value stays the site key.
  const option = await screen.findByRole('option', { name: 'The Example Post' });
  expect((option as HTMLOptionElement).value).toBe('127.0.0.1');
  // No empty pane beside the list until a note is chosen.
  expect(container.querySelector('.split')!.classList.contains('has-detail')).toBe(false);
  fireEvent.click(row);
  const detail = await screen.findByRole('article', { name: 'A served copy' });
  expect(container.querySelector('.split')!.classList.contains('has-detail')).toBe(true);
  expect(within(detail).getByText('The Example Post', { exact: false })).toBeTruthy();
  const tags = within(detail).getByRole('list', { name: 'Tags' });
  expect(
    within(tags)
      .getAllByRole('listitem')
      .map((tag) => tag.textContent),
  ).toEqual(['follow-up', 'budget']);
  expect(within(detail).getByText('Which officials?').closest('ul')).toBeNull();
});
