import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "ATS Check", template: "%s · ATS Check" },
  description: "See what an Applicant Tracking System sees in your resume.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">
            ATS Check
          </Link>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
