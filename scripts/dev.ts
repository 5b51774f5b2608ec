/** npm run dev: the same database preparation as npm start, then Next's development server with hot reload. */
import "./lib/load-env";
import { prepareRuntime } from "@/lib/runtime/prepare-runtime";
import { spawnNext, superviseServer } from "./lib/next-cli";

const log = (message: string) => console.log(`[cotejo] ${message}`);
const port = Number(process.env.PORT || 3000);
process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;
process.env.NEXT_TELEMETRY_DISABLED ||= "1";

const runtime = await prepareRuntime({ log });
const server = spawnNext(["dev", "--port", String(port)]);

superviseServer(server, runtime.stopDatabase);
