type StencilElement = HTMLElement & { componentOnReady?: () => Promise<unknown> };

/**
 * Moves focus to an element slotted into a VA web component once that component has rendered. Stencil hides a
 * component until it hydrates, and a hidden element cannot take focus, so focusing at once would silently fail.
 */
export async function focusInAlert(host: HTMLElement | null, target: HTMLElement | null): Promise<void> {
  if (!host || !target) return;
  await customElements.whenDefined(host.localName);
  await (host as StencilElement).componentOnReady?.();
  target.focus();
  if (document.activeElement !== target) requestAnimationFrame(() => target.focus());
}
