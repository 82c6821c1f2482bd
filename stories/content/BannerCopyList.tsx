import { getDowntimeState } from '../../src/core/index';
import { catalogEn, describeBanner, getUiText, type BannerCopy, type Catalog } from '../../src/content/index';
import { catalogEs } from '../../src/es';
import { BANNER_STATE_KEYS, BANNER_STATES, type BannerStateKey } from '../fixtures/bannerStates';
import { bannerStateProps } from '../fixtures/bannerStateProps';

/** Cases whose words differ: heading levels and the Spanish case only repeat words shown elsewhere. */
export const COPY_KEYS = BANNER_STATE_KEYS.filter((key) => !['Heading levels', 'Language'].includes(BANNER_STATES[key].group));

const LANGUAGES: Array<{ catalog: Catalog; label: string }> = [
  { catalog: catalogEn, label: 'English' },
  { catalog: catalogEs, label: 'Spanish' },
];

/** The case summaries use Markdown backticks for code, as the docs descriptions do. */
function withCode(text: string) {
  return text.split('`').map((part, index) => (index % 2 ? <code key={index}>{part}</code> : part));
}

function phone(digits: string): string {
  return digits.length === 10 ? `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}` : digits;
}

/** The copy of every banner of one case, in one language, exactly as `describeBanner` returns it. */
export function copiesOf(key: BannerStateKey, catalog: Catalog): BannerCopy[] {
  const props = bannerStateProps(key);
  const state = getDowntimeState(props.snapshot!, { now: props.now!, services: props.services });
  return state.banners.map((banner) => describeBanner(banner, { catalog, task: props.task }));
}

function Copy({ copy, catalog }: { copy: BannerCopy; catalog: Catalog }) {
  const ui = getUiText(catalog);
  return (
    <div className="copy">
      <p className="copy-headline">
        <span lang="en" className={`copy-tone copy-tone-${copy.tone}`}>{copy.tone}</span> {copy.headline}
      </p>
      {copy.body.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
      <p className="copy-contacts">{ui.contactsHeading}</p>
      <ul>
        {copy.contacts.map((c) => (
          <li key={c.id}>
            {c.label}
            {c.hours ? ` (${c.hours})` : ''}: {phone(c.phone)}
            {c.instruction ? `, ${c.instruction}` : ''}
            {c.tty ? ` (${ui.tty}: ${phone(c.tty)})` : ''}
          </li>
        ))}
        {copy.links.map((link) => (
          <li key={link.href}>
            <a href={link.href}>{link.text}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Every case's words in English and Spanish, side by side: the content review sheet. It shows `describeBanner`'s
 * text, not the rendered component, so that reviewers read exactly what the catalog says.
 */
export function BannerCopyList({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Title = headingLevel === 2 ? 'h2' : 'h3';
  const Language = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <div className="copy-list">
      {COPY_KEYS.map((key) => {
        const state = BANNER_STATES[key];
        return (
          <section key={key} aria-labelledby={`copy-${key}`} data-case={key}>
            <Title id={`copy-${key}`}>{state.title}</Title>
            <p className="copy-summary">
              {withCode(state.summary)} Rows {state.rows.join(', ')}.
            </p>
            <div className="copy-columns">
              {LANGUAGES.map(({ catalog, label }) => (
                <div key={catalog.locale} lang={catalog.locale} data-locale={catalog.locale}>
                  <Language lang="en">{label}</Language>
                  {copiesOf(key, catalog).map((copy, index) => (
                    <Copy key={index} copy={copy} catalog={catalog} />
                  ))}
                </div>
              ))}
            </div>
          </section>
        );
      })}
      <style>{`
        .copy-list section { border-top: 1px solid #dfe1e2; padding-top: 0.5rem; margin-bottom: 1.5rem; }
        .copy-summary { color: #565c65; margin-top: 0; }
        .copy-columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
        .copy-columns h3, .copy-columns h4 { font-size: 0.9rem; text-transform: uppercase; margin: 0 0 0.5rem; }
        .copy { margin-bottom: 1rem; }
        .copy p { margin: 0 0 0.5rem; }
        .copy-headline { font-weight: 700; }
        .copy-contacts { font-weight: 700; }
        .copy-tone { font-size: 0.75rem; font-weight: 400; padding: 0 0.25rem; border-radius: 2px; color: #1b1b1b; }
        .copy-tone-info { background: #e7f6f8; }
        .copy-tone-warning { background: #faf3d1; }
        .copy-tone-error { background: #f4e3db; }
      `}</style>
    </div>
  );
}
