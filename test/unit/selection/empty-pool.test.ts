// What a run with no one in its pool says (emptyPoolText), on its page, in `waymark select` and in the API.
import { describe, expect, it } from 'vitest';
import { emptyPoolText } from '../../../src/selection/features.js';

describe('the text of an empty pool', () => {
  it('names the date, the scheme’s areas, and where a person’s area comes from', () => {
    const text = emptyPoolText('2010-12-31', ['E06000001', 'E06000004']);
    expect(text).toContain("whose address on 2010-12-31 is in the scheme's areas (E06000001, E06000004).");
    expect(text).toContain('comes from their address history');
    expect(text).toContain('`waymark import addresses FILE`');
  });

  it('says the partnership has no areas, naming where to add them, and leaves the list out for a run stored before the areas were kept', () => {
    expect(emptyPoolText('2010-12-31', [])).toContain("in the scheme's areas (none: the partnership has no areas yet; add them under Administration or with `waymark area add CODE --name NAME`).");
    expect(emptyPoolText('2010-12-31', undefined)).toContain("whose address on 2010-12-31 is in the scheme's areas. A person's area");
  });
});
