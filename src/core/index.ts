export * from "./errors";
export * from "./messages";
export * from "./numbers";
export * from "./stages";
export * from "./assumptions";
export * from "./split";
export * from "./curve";
