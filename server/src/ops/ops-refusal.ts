/** An operator's request that cannot be carried out as asked; the message says why. */
export class OpsRefusal extends Error {
  override name = 'OpsRefusal';
}
