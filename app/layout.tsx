import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "./components/account/site-header";
import "./globals.css";
import "./account.css";

export const metadata: Metadata = {
  title: { default: "ATS Check", template: "%s · ATS Check" },
  description: "See what an Applicant Tracking System sees in your resume.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SiteHeader />
        <main>{children}</main>
      </body>
    </html>
  );
}
