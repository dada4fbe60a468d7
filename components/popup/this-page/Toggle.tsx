export interface ToggleProps {
  label: string;
  checked: boolean;
  onChange(next: boolean): void;
  disabled?: boolean;
  class?: string;
}

/** A labelled on/off switch (role="switch"): the words say what it switches, the track its state. */
export function Toggle({ label, checked, onChange, disabled = false, class: className = '' }: ToggleProps) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      class={`toggle ${className}`.trim()}
      disabled={disabled}
      onClick={() => onChange(!checked)}
    >
      <span class="toggle-track" aria-hidden="true">
        <span class="toggle-thumb" />
      </span>
      <span class="toggle-label">{label}</span>
    </button>
  );
}
