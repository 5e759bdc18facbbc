/**
 * Every layout group of the furniture benchmark, in the order they were written, with the layout
 * names and vocabulary of each: a blind group's test (blind-group-checks.ts) checks its layouts and
 * words are new against every group written before it, so the list lives here once.
 */
import { GROUP_C_LAYOUTS } from '../../bench/accuracy/pages/group-c/layouts.ts';
import * as cWords from '../../bench/accuracy/pages/group-c/vocabulary.ts';
import { GROUP_D_LAYOUTS } from '../../bench/accuracy/pages/group-d/layouts.ts';
import * as dWords from '../../bench/accuracy/pages/group-d/vocabulary.ts';
import { GROUP_E_LAYOUTS } from '../../bench/accuracy/pages/group-e/layouts.ts';
import * as eWords from '../../bench/accuracy/pages/group-e/vocabulary.ts';
import { GROUP_F_LAYOUTS } from '../../bench/accuracy/pages/group-f/layouts.ts';
import * as fWords from '../../bench/accuracy/pages/group-f/vocabulary.ts';
import { GROUP_G_LAYOUTS } from '../../bench/accuracy/pages/group-g/layouts.ts';
import * as gWords from '../../bench/accuracy/pages/group-g/vocabulary.ts';
import { GROUP_H_LAYOUTS } from '../../bench/accuracy/pages/group-h/layouts.ts';
import * as hWords from '../../bench/accuracy/pages/group-h/vocabulary.ts';
import { GROUP_I_LAYOUTS } from '../../bench/accuracy/pages/group-i/layouts.ts';
import * as iWords from '../../bench/accuracy/pages/group-i/vocabulary.ts';
import { GROUP_J_LAYOUTS } from '../../bench/accuracy/pages/group-j/layouts.ts';
import * as jWords from '../../bench/accuracy/pages/group-j/vocabulary.ts';
import { GROUP_K_LAYOUTS } from '../../bench/accuracy/pages/group-k/layouts.ts';
import * as kWords from '../../bench/accuracy/pages/group-k/vocabulary.ts';
import { GROUP_L_LAYOUTS } from '../../bench/accuracy/pages/group-l/layouts.ts';
import * as lWords from '../../bench/accuracy/pages/group-l/vocabulary.ts';
import { GROUP_M_LAYOUTS } from '../../bench/accuracy/pages/group-m/layouts.ts';
import * as mWords from '../../bench/accuracy/pages/group-m/vocabulary.ts';
import { GROUP_N_LAYOUTS } from '../../bench/accuracy/pages/group-n/layouts.ts';
import * as nWords from '../../bench/accuracy/pages/group-n/vocabulary.ts';
import { GROUP_O_LAYOUTS } from '../../bench/accuracy/pages/group-o/layouts.ts';
import * as oWords from '../../bench/accuracy/pages/group-o/vocabulary.ts';
import { HELDOUT_LAYOUTS } from '../../bench/accuracy/pages/heldout/layouts.ts';
import * as abWords from '../../bench/accuracy/pages/heldout/vocabulary.ts';
import { LAYOUTS } from '../../bench/accuracy/pages/page.ts';
import * as baseWords from '../../bench/accuracy/pages/vocabulary.ts';

const LAYOUT_GROUPS: ReadonlyArray<{ name: string; layouts: readonly string[]; words: object }> = [
  { name: 'base', layouts: LAYOUTS, words: baseWords },
  { name: 'heldout', layouts: HELDOUT_LAYOUTS, words: abWords },
  { name: 'c', layouts: GROUP_C_LAYOUTS, words: cWords },
  { name: 'd', layouts: GROUP_D_LAYOUTS, words: dWords },
  { name: 'e', layouts: GROUP_E_LAYOUTS, words: eWords },
  { name: 'f', layouts: GROUP_F_LAYOUTS, words: fWords },
  { name: 'g', layouts: GROUP_G_LAYOUTS, words: gWords },
  { name: 'h', layouts: GROUP_H_LAYOUTS, words: hWords },
  { name: 'i', layouts: GROUP_I_LAYOUTS, words: iWords },
  { name: 'j', layouts: GROUP_J_LAYOUTS, words: jWords },
  { name: 'k', layouts: GROUP_K_LAYOUTS, words: kWords },
  { name: 'l', layouts: GROUP_L_LAYOUTS, words: lWords },
  { name: 'm', layouts: GROUP_M_LAYOUTS, words: mWords },
  { name: 'n', layouts: GROUP_N_LAYOUTS, words: nWords },
  { name: 'o', layouts: GROUP_O_LAYOUTS, words: oWords },
];

/** The layouts and vocabularies of every group written before `name`. */
export function writtenBefore(name: string): { olderLayouts: string[]; olderWords: object[] } {
  const at = LAYOUT_GROUPS.findIndex((group) => group.name === name);
  if (at < 0) throw new Error(`no layout group '${name}' in tests/pipeline/layout-groups.ts`);
  const older = LAYOUT_GROUPS.slice(0, at);
  return {
    olderLayouts: older.flatMap((group) => group.layouts),
    olderWords: older.map((group) => group.words),
  };
}
