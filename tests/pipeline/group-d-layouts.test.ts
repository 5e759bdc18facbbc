// Group d page layouts of bench:accuracy's furniture section (bench/accuracy/pages/group-d/, a tune
// set since issue #10): the shared checks in group-layouts.ts (deterministic, all eight used,
// headline, body and outlet where each form says).
import { buildGroupDPage, GROUP_D_LAYOUTS } from '../../bench/accuracy/pages/group-d/layouts.ts';
import { describeGroupLayouts } from './group-layouts.ts';

describeGroupLayouts('group d', buildGroupDPage, GROUP_D_LAYOUTS);
