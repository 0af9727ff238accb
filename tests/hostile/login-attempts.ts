/**
 * Child process of login-rate-limit.test.ts: sends sign-in attempts with a wrong password to the
 * real auth route, from the addresses given as arguments, and prints the statuses as JSON. Run with
 * NODE_ENV=production, where better-auth's limiter is on as under `npm start`.
 */
import { POST } from "../../app/api/auth/[...all]/route";

const ORIGIN = "http://localhost:3000";

async function main(): Promise<void> {
  const statuses: number[] = [];
  for (const address of process.argv.slice(2)) {
    const response = await POST(
      new Request(`${ORIGIN}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { origin: ORIGIN, "content-type": "application/json", "x-forwarded-for": address },
        body: JSON.stringify({ email: "nobody@example.test", password: "not the password" }),
      }),
    );
    statuses.push(response.status);
  }
  console.log(JSON.stringify(statuses));
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
