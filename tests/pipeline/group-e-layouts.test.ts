// Group e page layouts of bench:accuracy's furniture section (bench/accuracy/pages/group-e/, a
// tune set since 2026-11-29): the shared checks in group-layouts.ts (deterministic, all eight
// used, headline, body and outlet where each form says).
import { buildGroupEPage, GROUP_E_LAYOUTS } from '../../bench/accuracy/pages/group-e/layouts.ts';
import { describeGroupLayouts } from './group-layouts.ts';

describeGroupLayouts('group e', buildGroupEPage, GROUP_E_LAYOUTS);
