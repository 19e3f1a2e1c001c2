// Imported first by the worker's entry, before any module builds a schema: zod's JIT compiles
// object parsers with `new Function`, which the extension CSP forbids (and web-ext lint flags).
// jitless makes zod use its interpreter and skip even the probe that would hit the CSP.
import { z } from 'zod';

z.config({ jitless: true });
