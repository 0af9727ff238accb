import { CountedSubcard } from "./counted-subcard";

export function SkillsList({ skills }: { skills: string[] }) {
  return (
    <CountedSubcard id="skills" title="Skills" count={skills.length} empty="No skills recognised.">
      <ul className="tags">
        {skills.map((skill) => (
          <li key={skill}>{skill}</li>
        ))}
      </ul>
    </CountedSubcard>
  );
}
