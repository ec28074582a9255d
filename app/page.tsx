import { redirect } from "next/navigation";
import { isSetupComplete } from "@/lib/auth/setup";

export const dynamic = "force-dynamic";

export default async function Home() {
  redirect((await isSetupComplete()) ? "/topologies" : "/setup");
}
