import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>There is no report at this address. It may have been deleted.</p>
      <p>
        <Link href="/">Check a resume</Link>
      </p>
    </>
  );
}
