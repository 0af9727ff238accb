/**
 * The profiles shipped in `data/`, imported statically so they load the same way under Next.js,
 * the CLI (tsx) and vitest, with no file-system path to resolve. A test checks that every file in
 * `data/` is listed here.
 */
import aiProductManager from "./data/ai-product-manager.json";
import aiResearchScientist from "./data/ai-research-scientist.json";
import dataEngineer from "./data/data-engineer.json";
import dataScienceDirector from "./data/data-science-director.json";
import dataScientist from "./data/data-scientist.json";
import mlEngineer from "./data/ml-engineer.json";
import mlEngineeringManager from "./data/ml-engineering-manager.json";
import mlPlatformEngineer from "./data/ml-platform-engineer.json";
import researchScientist from "./data/research-scientist.json";
import softwareEngineer from "./data/software-engineer.json";
import startupCto from "./data/startup-cto.json";
import statistician from "./data/statistician.json";

export const BUILTIN_PROFILE_DATA: Record<string, unknown> = {
  "ai-product-manager": aiProductManager,
  "ai-research-scientist": aiResearchScientist,
  "data-engineer": dataEngineer,
  "data-science-director": dataScienceDirector,
  "data-scientist": dataScientist,
  "ml-engineer": mlEngineer,
  "ml-engineering-manager": mlEngineeringManager,
  "ml-platform-engineer": mlPlatformEngineer,
  "research-scientist": researchScientist,
  "software-engineer": softwareEngineer,
  "startup-cto": startupCto,
  statistician,
};
