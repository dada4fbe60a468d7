import type { Ref } from 'preact';
import { Card, type CardActions, type CardView } from './Card.tsx';
import { CardNotice, type NoticeView } from './CardNotice.tsx';
import type { CardScheme } from './card-theme.ts';

export interface CardLayerProps {
  scheme: CardScheme;
  view: CardView | null;
  notice: NoticeView | null;
  actions: CardActions;
  /** The pointer entered (true) or left (false) the card. */
  onPointerInside(inside: boolean): void;
  /** The reader pressed on the card outside its buttons (selecting its text, say): it stays (pinned). */
  onPress(): void;
  /** Escape inside the card. */
  onEscape(): void;
  onNoticePointer(inside: boolean): void;
  onNoticeFocus(): void;
  cardRef: Ref<HTMLElement>;
  primaryRef: Ref<HTMLButtonElement>;
}

/** Everything Sourcelight shows inside its closed root: the card and the notice line. */
export function CardLayer({ scheme, view, notice, actions, cardRef, primaryRef, ...on }: CardLayerProps) {
  const { accept } = actions;
  return (
    <div class="sl-root" data-scheme={scheme}>
      {view && (
        // biome-ignore lint/a11y/noStaticElementInteractions: the wrapper only watches the pointer and Escape; the card inside has the role.
        <div
          onPointerEnter={(event) => accept(event) && on.onPointerInside(true)}
          onPointerLeave={(event) => accept(event) && on.onPointerInside(false)}
          // A button acts and the card may give way after; only a press elsewhere in it pins it.
          onPointerDown={(event) => accept(event) && !(event.target as Element).closest?.('button, summary') && on.onPress()}
          onKeyDown={(event) => {
            if (event.key !== 'Escape' || !accept(event)) return;
            event.stopPropagation();
            on.onEscape();
          }}
        >
          <Card view={view} scheme={scheme} cardRef={cardRef} primaryRef={primaryRef} {...actions} />
        </div>
      )}
      {notice && <CardNotice notice={notice} accept={accept} onPointer={on.onNoticePointer} onFocus={on.onNoticeFocus} />}
    </div>
  );
}
