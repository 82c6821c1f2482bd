import type { CSSProperties } from 'react';

// Inline, because the library ships no stylesheet: on screen it takes no space and shows nothing, yet screen
// readers still read it (unlike display:none or visibility:hidden).
const VISUALLY_HIDDEN: CSSProperties = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  border: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
};

/** Props of {@link LiveRegion}. */
export interface LiveRegionProps {
  /** Text of the polite region: one sentence, or `''`. */
  polite: string;
  /** Text of an assertive `role="alert"` region, which exists only while this is a string. @defaultValue null */
  urgent?: string | null;
  /** Language of the sentences. @defaultValue undefined (the page's) */
  lang?: string;
}

/**
 * The banner's screen-reader announcer: a visually hidden polite status region that is rendered from the first
 * render on (server included, empty) so that assistive tech is already watching it when a sentence arrives, and
 * React only touches it when its text really changes. The `role="alert"` region is inserted with its sentence,
 * which is how alerts are announced, and is kept for an outage that begins while the page is open.
 */
export function LiveRegion({ polite, urgent = null, lang }: LiveRegionProps) {
  return (
    <>
      <div role="status" aria-live="polite" aria-atomic="true" style={VISUALLY_HIDDEN} data-downtime-announcer="polite" lang={lang}>
        {polite}
      </div>
      {urgent === null ? null : (
        <div role="alert" aria-atomic="true" style={VISUALLY_HIDDEN} data-downtime-announcer="urgent" lang={lang}>
          {urgent}
        </div>
      )}
    </>
  );
}
