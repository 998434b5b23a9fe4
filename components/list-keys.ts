/**
 * Arrow keys in a list: Up and Down (Home, End) move between the list's main buttons,
 * so a long list is one Tab stop away from the next part of the view, not twenty.
 */
export function onListKeys(e: KeyboardEvent): void {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(e.key)) return;
  const list = e.currentTarget as HTMLElement;
  const items = Array.from(list.querySelectorAll<HTMLElement>('[data-list-item]'));
  if (items.length === 0) return;
  const at = items.findIndex((el) => el === document.activeElement || el.contains(document.activeElement));
  const next = e.key === 'Home' ? 0 : e.key === 'End' ? items.length - 1 : Math.max(0, Math.min(items.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)));
  items[next].focus();
  e.preventDefault();
}
