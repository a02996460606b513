import { z } from 'zod';

/**
 * Workers refuse code generation from strings (`eval`, `new Function`). zod 4 compiles a faster
 * object parser with `new Function` unless told not to; it also sniffs workerd's user agent, but
 * we do not rely on that. zod reads the setting when a schema is built, so the Worker entry
 * imports this module before anything that defines a schema.
 */
z.config({ jitless: true });
