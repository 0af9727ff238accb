/** vitest globalSetup of the browser tests: one production server for every test file. */
import type { TestProject } from "vitest/node";
import { CHROMIUM, chromiumMissing } from "./chromium";
import { startApp, type Account } from "./server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    admin: Account;
    coach: Account;
    otherCoach: Account;
  }
}

export default async function setup(project: TestProject) {
  if (chromiumMissing()) {
    console.warn(`browser tests: skipped, ${CHROMIUM} is missing (apt-get install -y chromium)`);
    project.provide("baseUrl", "");
    return;
  }
  const app = await startApp((line) => console.log(`browser tests: ${line}`));
  project.provide("baseUrl", app.baseUrl);
  project.provide("admin", app.admin);
  project.provide("coach", app.coach);
  project.provide("otherCoach", app.otherCoach);
  return () => app.stop();
}
