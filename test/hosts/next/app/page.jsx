import Link from 'next/link';
import { Verdict } from './Verdict.jsx';

export default function Home() {
  return (
    <main>
      <h1>Tools we compared</h1>
      <Verdict src="/roundup.json" tool="lantern-search" />
      <ul>
        <li><Link href="/compare">The whole comparison</Link></li>
        <li><Link href="/static">The comparison as static HTML</Link></li>
      </ul>
    </main>
  );
}
