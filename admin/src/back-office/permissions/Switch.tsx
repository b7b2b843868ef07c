/**
 * An on/off switch (role="switch"): Space or Enter flips it. `label` is its accessible name
 * when no visible label names it (`labelledBy`).
 */
export default function Switch(props: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label?: string;
  labelledBy?: string;
  describedBy?: string;
  disabled?: boolean;
  busy?: boolean;
  id?: string;
}) {
  return (
    <button
      type="button"
      role="switch"
      id={props.id}
      class="pm-switch"
      aria-checked={props.checked}
      aria-label={props.labelledBy ? undefined : props.label}
      aria-labelledby={props.labelledBy}
      aria-describedby={props.describedBy}
      aria-busy={props.busy || undefined}
      disabled={props.disabled}
      onClick={() => props.onChange(!props.checked)}
    >
      <span class="pm-switch__thumb" aria-hidden="true" />
    </button>
  );
}
