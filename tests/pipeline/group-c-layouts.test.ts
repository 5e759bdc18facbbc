// Group c page layouts of bench:accuracy's furniture section (bench/accuracy/pages/group-c/): the
// shared checks in group-layouts.ts (deterministic, all eight used, headline, body and outlet where
// each form says).
import { buildGroupCPage, GROUP_C_LAYOUTS } from '../../bench/accuracy/pages/group-c/layouts.ts';
import { describeGroupLayouts } from './group-layouts.ts';

describeGroupLayouts('group c', buildGroupCPage, GROUP_C_LAYOUTS);
