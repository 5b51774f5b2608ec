import { z } from "zod";

// Runs in the browser before the app's code. Zod probes `new Function` once to decide whether to compile its object
// parsers; the page CSP has no 'unsafe-eval', so the probe is refused and reported as a violation on every page.
// Browser-side parsing is small: interpreted parsers are enough there (the server keeps compiling them).
z.config({ jitless: true });
