/* Every property test runs from one seed, so a CI run is reproducible; FC_SEED picks another. */
import fc from "fast-check";

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261122) });
