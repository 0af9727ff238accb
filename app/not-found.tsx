import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      {/* Also what a coach sees at an admin page: it does not say the page exists. */}
      <p>There is nothing at this address. A report may have been deleted, or its share link revoked.</p>
      <p>
        <Link href="/">Check a resume</Link>
      </p>
    </>
  );
}
