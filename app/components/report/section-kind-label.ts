/** "Experience", "Skills" … for a section kind: how the report and the profile editor name it. */
export function sectionKindLabel(kind: string): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}
