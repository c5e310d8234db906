// Next.js needs no setting for the elements; `output: 'export'` only makes this test site static.
export default { output: 'export' };
