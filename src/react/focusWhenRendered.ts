type StencilHost = HTMLElement & { componentOnReady?: () => Promise<unknown> };

/**
 * Moves focus to `target`, waiting for the web component it is slotted into to render first if need be. A
 * heading slotted into a `va-alert` that Stencil has not rendered yet has no slot to appear in, so the browser
 * treats it as not rendered and ignores `focus()` until the component's first render.
 */
export function focusWhenRendered(target: HTMLElement): void {
  target.focus();
  if (target.ownerDocument.activeElement === target) return;
  const host = target.parentElement?.closest<StencilHost>('va-alert');
  if (!host) return;
  if (host.componentOnReady) void host.componentOnReady().then(() => target.focus());
  else host.addEventListener('vaAlertComponentDidLoad', () => target.focus(), { once: true });
}
