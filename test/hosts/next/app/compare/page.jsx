import { Verdict } from '../Verdict.jsx';

export default function Compare() {
  return (
    <main>
      <h1>The whole comparison</h1>
      <Verdict src="/roundup.json" compare />
    </main>
  );
}
