/**
 * The card that says why a sentence is flagged, shown on hover and when a keyboard command
 * reaches a flag, and the one-line notices after a save. It lives in a shadow root under a
 * `<sourcelight-ui>` host, so the page's CSS cannot restyle it and the mutation watcher ignores
 * it. It is built with DOM calls and `textContent` only: page text never becomes markup.
 */
import { categoryLabel, categoryMeaning } from '../shared/category-labels.ts';
import type { NoticeTone, PageFlag } from '../shared/messages.ts';
import { parseTags } from '../shared/tags.ts';
import { adoptStyles } from './adopt-styles.ts';
import { UI_HOST_TAG } from './mutation-watcher.ts';
import { HOVER_CARD_CSS } from './hover-card-style.ts';

/** The pointer may cross a gap between the sentence and the card: the card waits this long. */
export const HIDE_DELAY_MS = 300;
/** A notice stays this long, then fades. */
export const NOTICE_MS = 4000;

export interface SaveRequest {
  flagId: number;
  comment: string;
  tags: string[];
}

export interface HoverCardOptions {
  doc: Document;
  CSSStyleSheet: typeof CSSStyleSheet | undefined;
  /** Saves the flag as a note; rejects with a message for the reader. */
  onSave: (request: SaveRequest) => Promise<void>;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  signal: AbortSignal;
}

export interface HoverCard {
  /** Shows the card for a flag beside its line box; `focus` moves keyboard focus into it. */
  show(flag: PageFlag, rect: DOMRect, options?: { focus?: boolean }): void;
  /** Hides after HIDE_DELAY_MS, unless the pointer reaches the card or the reader is writing in it. */
  hideSoon(): void;
  hide(): void;
  notice(text: string, tone: NoticeTone): void;
  readonly visibleFlagId: number | null;
}

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  return node;
}

interface CardParts {
  host: HTMLElement;
  card: HTMLElement;
  chip: HTMLElement;
  cue: HTMLElement;
  why: HTMLElement;
  saveButton: HTMLButtonElement;
  form: HTMLFormElement;
  comment: HTMLTextAreaElement;
  tags: HTMLInputElement;
  submit: HTMLButtonElement;
  status: HTMLElement;
  notice: HTMLElement;
}

function build(doc: Document, css: typeof CSSStyleSheet | undefined): CardParts {
  const host = doc.createElement(UI_HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, HOVER_CARD_CSS, css);

  const card = element(doc, 'div', {
    className: 'card',
    attrs: { role: 'dialog', 'aria-label': 'Why Sourcelight flagged this sentence', tabindex: '-1' },
  });
  card.hidden = true;
  const chip = element(doc, 'p', { className: 'chip' });
  const cue = element(doc, 'p', { className: 'cue' });
  const why = element(doc, 'p', { className: 'why' });
  const saveButton = element(doc, 'button', { className: 'primary', text: 'Save as note', attrs: { type: 'button' } });

  const form = element(doc, 'form', { className: 'form' });
  form.hidden = true;
  const commentLabel = element(doc, 'label', { text: 'Comment' });
  const comment = element(doc, 'textarea', { attrs: { rows: '3', maxlength: '10000' } });
  commentLabel.append(comment);
  const tagsLabel = element(doc, 'label', { text: 'Tags, separated by commas' });
  const tags = element(doc, 'input', { attrs: { type: 'text', maxlength: '500' } });
  tagsLabel.append(tags);
  const submit = element(doc, 'button', { className: 'primary', text: 'Save', attrs: { type: 'submit' } });
  const cancel = element(doc, 'button', { text: 'Cancel', attrs: { type: 'button', 'data-action': 'cancel' } });
  const actions = element(doc, 'div', { className: 'actions' });
  actions.append(submit, cancel);
  form.append(commentLabel, tagsLabel, actions);

  const status = element(doc, 'p', { className: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
  card.append(chip, cue, why, saveButton, form, status);
  const notice = element(doc, 'p', { className: 'notice', attrs: { role: 'status', 'aria-live': 'polite' } });
  notice.hidden = true;
  root.append(card, notice);
  return { host, card, chip, cue, why, saveButton, form, comment, tags, submit, status, notice };
}

/** Places the card below the line (above it when there is no room), inside the viewport, in page coordinates. */
function place(card: HTMLElement, rect: DOMRect, view: Window): void {
  const margin = 8;
  const width = card.offsetWidth || 320;
  const height = card.offsetHeight || 160;
  const left = Math.max(margin, Math.min(rect.left, view.innerWidth - width - margin));
  const below = rect.bottom + margin;
  const top = below + height > view.innerHeight && rect.top - height - margin > 0 ? rect.top - height - margin : below;
  card.style.left = `${Math.round(left + view.scrollX)}px`;
  card.style.top = `${Math.round(top + view.scrollY)}px`;
}

export function createHoverCard({
  doc,
  CSSStyleSheet: css,
  onSave,
  setTimeout,
  clearTimeout,
  signal,
}: HoverCardOptions): HoverCard {
  let parts: CardParts | null = null;
  let flag: PageFlag | null = null;
  let hideTimer: unknown = null;
  let noticeTimer: unknown = null;
  let pointerInside = false;
  let saving = false;
  /** Where focus was before a keyboard command moved it into the card: Escape goes back there. */
  let returnFocus: HTMLElement | null = null;

  const cancelHide = () => {
    if (hideTimer !== null) clearTimeout(hideTimer);
    hideTimer = null;
  };
  const focusInside = () => !!parts?.host.shadowRoot?.activeElement;
  /** The reader is writing a note or moving through the card by keyboard: it must stay. */
  const writing = () => !!parts && (!parts.form.hidden || focusInside());

  const hide = () => {
    cancelHide();
    if (!parts || parts.card.hidden) return;
    const hadFocus = focusInside();
    parts.card.hidden = true;
    parts.form.hidden = true;
    flag = null;
    if (hadFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  };

  const ensure = (): CardParts => {
    if (parts) {
      if (!parts.host.isConnected) doc.documentElement.append(parts.host); // the page replaced its body
      return parts;
    }
    const built = build(doc, css);
    parts = built;
    doc.documentElement.append(built.host);
    signal.addEventListener('abort', () => built.host.remove(), { once: true });

    built.card.addEventListener('pointerenter', () => {
      pointerInside = true;
      cancelHide();
    });
    built.card.addEventListener('pointerleave', () => {
      pointerInside = false;
      if (!writing()) api.hideSoon();
    });
    built.card.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        hide();
      }
    });
    built.saveButton.addEventListener('click', () => {
      built.form.hidden = false;
      built.status.textContent = '';
      built.comment.focus();
    });
    built.form.querySelector('[data-action="cancel"]')!.addEventListener('click', () => {
      built.form.hidden = true;
      built.saveButton.focus();
    });
    built.comment.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) built.form.requestSubmit();
    });
    built.form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!flag || saving) return;
      saving = true;
      built.submit.disabled = true;
      built.status.textContent = 'Saving…';
      const request = { flagId: flag.id, comment: built.comment.value.trim(), tags: parseTags(built.tags.value) };
      onSave(request)
        .then(() => {
          built.form.hidden = true;
          built.comment.value = '';
          built.tags.value = '';
          built.status.textContent = 'Saved to your notes.';
          built.status.className = 'status success';
        })
        .catch((error: unknown) => {
          built.status.textContent = `Not saved: ${error instanceof Error ? error.message : String(error)}`;
          built.status.className = 'status error';
        })
        .finally(() => {
          saving = false;
          built.submit.disabled = false;
        });
    });
    return built;
  };

  const api: HoverCard = {
    show(next, rect, options = {}) {
      cancelHide();
      const ui = ensure();
      // The reader is writing a note on another flag: passing over text must not lose it.
      if (!ui.card.hidden && flag && flag.id !== next.id && writing() && !options.focus) return;
      if (flag?.id !== next.id) {
        ui.form.hidden = true;
        ui.status.textContent = '';
        ui.status.className = 'status';
      }
      flag = next;
      const label = categoryLabel(next.category);
      const meaning = categoryMeaning(next.category);
      ui.card.dataset.category = next.category;
      ui.chip.textContent = label;
      ui.cue.textContent = `Cue: “${next.cue.text}”`;
      ui.why.textContent = meaning;
      ui.card.hidden = false;
      place(ui.card, rect, doc.defaultView ?? (globalThis as unknown as Window));
      if (options.focus) {
        const active = doc.activeElement as HTMLElement | null;
        if (!returnFocus && active && active !== doc.body && typeof active.focus === 'function') returnFocus = active;
        ui.saveButton.focus({ preventScroll: true });
      }
    },
    hideSoon() {
      if (!parts || parts.card.hidden || pointerInside || writing()) return;
      cancelHide();
      hideTimer = setTimeout(() => {
        hideTimer = null;
        if (!pointerInside && !writing()) hide();
      }, HIDE_DELAY_MS);
    },
    hide,
    notice(text, tone) {
      const ui = ensure();
      ui.notice.textContent = text;
      ui.notice.className = `notice ${tone}`;
      ui.notice.hidden = false;
      if (noticeTimer !== null) clearTimeout(noticeTimer);
      noticeTimer = setTimeout(() => {
        noticeTimer = null;
        ui.notice.hidden = true;
      }, NOTICE_MS);
    },
    get visibleFlagId() {
      return parts && !parts.card.hidden ? (flag?.id ?? null) : null;
    },
  };
  return api;
}
