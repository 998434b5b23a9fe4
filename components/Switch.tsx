/** An on/off switch: a real checkbox with role="switch", so keyboards and screen readers know it. */
export function Switch({ label, name, checked, onChange }: { label: string; name?: string; checked: boolean; onChange(v: boolean): void }) {
  return (
    <label class="switch">
      <input type="checkbox" role="switch" aria-label={name} checked={checked} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
      <span>{label}</span>
    </label>
  );
}
