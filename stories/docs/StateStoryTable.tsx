import { storyNameFromExport, toId } from 'storybook/internal/csf';
import { formatEasternTime } from '../../src/content/index';
import { BANNER_STATE_KEYS, BANNER_STATES, type BannerStateKey } from '../fixtures/bannerStates';
import * as bannerStories from '../react/DowntimeBanner.stories';

const TITLE = bannerStories.default.title;

// Story ids come from the export names, so the links follow a rename of either the case or the story.
const STORY_IDS = new Map<BannerStateKey, string>(
  Object.entries(bannerStories).flatMap(([exportName, story]) => {
    const key = (story as { parameters?: { stateKey?: BannerStateKey } }).parameters?.stateKey;
    return key ? [[key, toId(TITLE, storyNameFromExport(exportName))] as const] : [];
  }),
);

/** Every state story in one table: group, what the Veteran reads, the decision-table rows and the frozen instant. */
export function StateStoryTable() {
  return (
    <table className="state-table" style={{ fontSize: '0.875rem' }}>
      <thead>
        <tr>
          <th scope="col">Story</th>
          <th scope="col">Group</th>
          <th scope="col">Headline (first banner)</th>
          <th scope="col">Banner state</th>
          <th scope="col">Rows</th>
          <th scope="col">Shown at</th>
        </tr>
      </thead>
      <tbody>
        {BANNER_STATE_KEYS.filter((key) => STORY_IDS.has(key)).map((key) => {
          const id = STORY_IDS.get(key)!;
          const state = BANNER_STATES[key];
          return (
            <tr key={key}>
              <th scope="row">
                <a href={`./?path=/story/${id}`} target="_top">
                  {state.title}
                </a>
              </th>
              <td>{state.group}</td>
              <td>{state.banners.map((b) => b.headline).join(' + ')}</td>
              <td>
                <code>{state.banners.map((b) => `${b.state} (${b.tone})`).join(', ')}</code>
              </td>
              <td>{state.rows.join(', ')}</td>
              <td>{formatEasternTime(Date.parse(state.now))}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** How many state stories there are, for the docs' own count. */
export const STATE_STORY_COUNT = STORY_IDS.size;
