import { i18n } from '#i18n';
import type { Ref } from 'preact';
import { categoryLabel, categoryMeaning } from '../../contract/category-labels.ts';
import { CATEGORY_PALETTE } from '../../contract/category-palette.ts';
import type { PageFlag } from '../../contract/messages.ts';
import { CategorySwatch } from '../common/CategorySwatch.tsx';
import type { CardScheme } from './card-theme.ts';
import { explainFlag } from './flag-explanation.ts';

export type CardStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'done'; text: string; tone: 'success' | 'error' };

export interface CardView {
  flag: PageFlag;
  /** The reader already has a note on this flag's sentence. */
  saved: boolean;
  /** Stays open when the pointer leaves (clicked, or reached by keyboard). */
  pinned: boolean;
  status: CardStatus;
}

export interface CardActions {
  /** Only these events may act: the reader's own input, never a page script's. */
  accept(event: Event): boolean;
  onClose(): void;
  /** Saves the passage at once: comment and tags are written in the side panel, never in the page. */
  onSave(): void;
  onDismiss(): void;
  onHidePage(): void;
  onOpenNotes(): void;
}

export interface CardProps extends CardActions {
  view: CardView;
  scheme: CardScheme;
  cardRef?: Ref<HTMLElement>;
  primaryRef?: Ref<HTMLButtonElement>;
}

/** A button that acts only on accepted (trusted) input. */
function Action(props: {
  class?: string;
  accept: (event: Event) => boolean;
  onAct(): void;
  label: string;
  buttonRef?: Ref<HTMLButtonElement> | undefined;
  ariaLabel?: string;
  disabled?: boolean;
}) {
  return (
    <button
      type="button"
      class={props.class}
      ref={props.buttonRef}
      aria-label={props.ariaLabel}
      disabled={props.disabled}
      onClick={(event) => props.accept(event) && props.onAct()}
    >
      {props.label}
    </button>
  );
}

/**
 * Why a sentence is flagged, and what the reader can do about it. It is a non-modal dialog:
 * announced by its label when a keyboard command moves focus into it, it never traps focus,
 * and the page around it stays usable (a hover card must not take the page away).
 */
export function Card({ view, scheme, cardRef, primaryRef, ...actions }: CardProps) {
  const { flag, saved, status } = view;
  const label = categoryLabel(flag.category);
  const { accept } = actions;
  return (
    <section
      class="card"
      role="dialog"
      aria-label={i18n.t('card.label', { category: label })}
      tabIndex={-1}
      ref={cardRef}
      data-category={flag.category}
      data-pinned={view.pinned ? '' : undefined}
      style={`--sl-category: rgb(${CATEGORY_PALETTE[flag.category][scheme]})`}
    >
      <div class="head">
        <CategorySwatch category={flag.category} scheme={scheme} />
        <p class="title">{label}</p>
        {saved && <span class="badge">✓ {i18n.t('card.inNotes')}</span>}
        <Action class="close" accept={accept} onAct={actions.onClose} label="×" ariaLabel={i18n.t('card.close')} />
      </div>
      <p class="why">{explainFlag(flag)}</p>
      {/* The general meaning and the cue word for word, a click away (the cue is shaded on the page too). */}
      <details class="meaning">
        <summary>{i18n.t('card.whatItMeans', { category: label })}</summary>
        <p class="cue">{i18n.t('card.cue', { cue: flag.cue.text })}</p>
        <p>{categoryMeaning(flag.category)}</p>
      </details>
      <div class="actions">
        <Action
          class="primary"
          accept={accept}
          onAct={saved ? actions.onOpenNotes : actions.onSave}
          label={i18n.t(saved ? 'card.openNotes' : 'card.saveAsNote')}
          buttonRef={primaryRef}
        />
        <Action accept={accept} onAct={actions.onDismiss} label={i18n.t('card.dismiss')} />
      </div>
      <div class="more">
        <Action class="link" accept={accept} onAct={actions.onHidePage} label={i18n.t('card.hidePage')} />
        {!saved && <Action class="link" accept={accept} onAct={actions.onOpenNotes} label={i18n.t('card.openNotes')} />}
      </div>
      <p class={`status${status.kind === 'done' ? ` ${status.tone}` : ''}`} role="status">
        {status.kind === 'saving' ? i18n.t('card.saving') : status.kind === 'done' ? status.text : ''}
      </p>
    </section>
  );
}
