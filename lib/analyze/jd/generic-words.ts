/**
 * Words that never start, end or sit inside a phrase term: English stop words (natural's list) and
 * the vocabulary every job ad shares — "experience", "team", "strong", "ability", role nouns,
 * benefits and equal-opportunity language — plus technology words too broad to be a requirement on
 * their own ("cloud", "data", "models"). The background corpus lowers such words too; this list
 * makes sure they also split phrases ("strong Dask skills" yields "Dask").
 */
import { words } from "natural/lib/natural/util/stopwords";

/** English function words (natural's list): never part of a name. */
export const STOP_WORDS: ReadonlySet<string> = new Set(words);

const JOB_AD_WORDS = (
  // experience, ability, quality words
  "experience experiences experienced expert expertise team teams teammate teammates ability abilities able " +
  "strong stronger solid proven track record records demonstrated demonstrable deep hands hands-on proficiency " +
  "proficient familiarity familiar exposure understanding knowledge knowledgeable background skill skills skilled " +
  "excellent outstanding exceptional good great nice best better high highly quality qualities " +
  // the ad itself
  "year years yr yrs month months role roles position positions candidate candidates opportunity opportunities " +
  "company companies environment environments responsibility responsibilities requirement requirements " +
  "qualification qualifications preferred prefer required require requires requiring plus bonus minimum " +
  "maximum least ideal ideally preferably must should will can could would may might shall etc e.g i.e " +
  "including include includes included such like well also us we you our your their they them its " +
  "looking seeking hiring hire join joining apply applying application applications applicant applicants " +
  // work verbs
  "work works working worked help helping helps build builds building built develop develops developing " +
  "developed development design designs designing designed own owns owning ownership drive drives driving " +
  "collaborate collaborates collaborating collaboration collaborative cross-functional functional partner " +
  "partners partnering communicate communicates communicating communication communications written verbal " +
  "lead leads leading manage manages managing management mentor mentors mentoring mentorship ensure ensuring " +
  "support supports supporting make makes making use uses using used create creating deliver delivering " +
  "delivery implement implementing implementation improve improving maintain maintaining write writing " +
  "solve solving define defining contribute contributing partner shape shaping own operate operating " +
  // people and places
  "senior junior staff principal mid level levels engineer engineers engineering developer developers " +
  "scientist scientists analyst analysts manager managers director directors head member members people " +
  "person individual individuals stakeholder stakeholders customer customers client clients user users " +
  "colleague colleagues leadership leaders leader org organization organisation organizations department " +
  // things every ad has
  "product products business businesses problem problems solution solutions system systems tool tools " +
  "technology technologies technical platform platforms process processes project projects task tasks " +
  "day days week weeks time times way ways thing things part parts area areas range variety set number " +
  "lot lots world class world-class impact impactful meaningful complex large scale scalable small big " +
  "end end-to-end various multiple other others based remote hybrid onsite on-site office offices " +
  "location locations salary benefits compensation equity insurance health dental vision pto leave " +
  "holidays holiday plan plans equal employer race religion gender orientation disability veteran status " +
  "national origin age color colour sex sexual identity expression marital protected law laws regard " +
  "without consideration qualified reasonable accommodation accommodations eeo growth grow growing career " +
  "careers culture values mission goal goals success successful result results outcome outcomes focus " +
  "focused detail details detail-oriented self-starter motivated self-motivated proactive curious creative " +
  "independent independently mindset attitude ready eager excited excitement love enjoy thrive thriving " +
  "ambiguity challenge challenges challenging hard interesting exciting innovative innovation cutting-edge " +
  "cutting edge state-of-the-art modern latest emerging key core critical important essential relevant " +
  "appropriate effective efficient efficiently effectively quickly closely clearly new existing current " +
  "future next first second one two three four five six seven eight nine ten full-time part-time " +
  "contract permanent today passion passionate field fields degree degrees related equivalent bachelor " +
  "bachelors master masters phd ph.d doctorate bs ms ba ma bsc msc mba " +
  // marketing adjectives
  "amazing awesome incredible talented brilliant smart friendly fun dynamic diverse inclusive global " +
  "leading premier trusted fast fast-growing rapidly rapid unique bold humble kind driven world " +
  "attention player players energy energetic vibrant supportive flexible competitive generous " +
  // technology words too broad to be a term alone
  "cloud data software web mobile infrastructure database databases service services server servers code " +
  "coding program programming language languages framework frameworks library libraries model models " +
  "modeling modelling pipeline pipelines application app apps production environment feature features " +
  "stack stacks tooling open source open-source http https www com io org"
).split(" ");

export const GENERIC_WORDS: ReadonlySet<string> = new Set([...STOP_WORDS, ...JOB_AD_WORDS]);
