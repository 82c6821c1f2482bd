/**
 * A short, stable digest of a string (32-bit FNV-1a, base 36). Not for security: it only has to change when
 * the text does and stay readable inside ids and storage keys.
 *
 * @example
 * hashText('Use ID.me while Login.gov is updated.'); // 'm54lta'
 */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}
