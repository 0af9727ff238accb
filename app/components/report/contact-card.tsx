import type { Contact } from "../../../lib/report/schema";

export function ContactCard({ contact }: { contact: Contact }) {
  return (
    <section className="subcard" aria-labelledby="contact-heading">
      <h3 id="contact-heading">Contact details found</h3>
      <dl className="facts">
        <dt>Name</dt>
        <dd>{contact.name ?? <span className="empty">not found</span>}</dd>
        <dt>Email</dt>
        <dd>{joinOrMissing(contact.emails)}</dd>
        <dt>Phone</dt>
        <dd>{joinOrMissing(contact.phones)}</dd>
        <dt>Location</dt>
        <dd>{contact.location ?? <span className="empty">not found</span>}</dd>
        <dt>Links</dt>
        <dd>
          {contact.links.length === 0 ? (
            <span className="empty">none</span>
          ) : (
            <ul className="plain-list">
              {contact.links.map((link) => (
                <li key={link.url}>
                  {link.kind}: {link.url}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </section>
  );
}

function joinOrMissing(values: string[]) {
  return values.length > 0 ? values.join(", ") : <span className="empty">not found</span>;
}
