export function SkillsList({ skills }: { skills: string[] }) {
  return (
    <section className="subcard" aria-labelledby="skills-heading">
      <h3 id="skills-heading">Skills ({skills.length})</h3>
      {skills.length === 0 ? (
        <p className="empty">No skills recognised.</p>
      ) : (
        <ul className="tags">
          {skills.map((skill) => (
            <li key={skill}>{skill}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
