// `npm run build`: the production build, marked complete for `npm start`.
import { runProductionBuild } from "@/lib/server/build";

runProductionBuild();
