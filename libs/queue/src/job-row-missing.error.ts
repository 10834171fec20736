/**
 * A job whose row is not in this deployment's database. It must fail (and stay visible as failed),
 * never complete: completing would hide a job taken from another deployment on the same Redis
 * (a wrong QUEUE_PREFIX), whose deterministic id then keeps its own sweep from adding it again.
 */
export class JobRowMissingError extends Error {
  constructor(what: string, id: string) {
    super(
      `${what} ${id} is not in this deployment's database; is another deployment using the same Redis and QUEUE_PREFIX?`,
    );
    this.name = 'JobRowMissingError';
  }
}
