/* Generated from /openapi.json by `npm run client` (scripts/client-types.ts): do not edit. */

export interface paths {
    "/v1/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Evaluate a proposed decision
         * @description Checks one proposed decision against the rulesets in force on decisionDate (or the pinned versions) and returns the verdict, findings (each with a title and verified suggested fixes), mandatory wording and a signed receipt. Roles: caseworker, legal. Pinning a version other than the one in force on decisionDate (a draft included) needs legal: 403 for any other role, with the ruleset, the pinned version and the version in force in detail and errors[]; legal gets the what-if evaluation, marked whatIf and rulesets[].pinned.
         */
        post: operations["evaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/evaluations/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Evaluate up to 50 proposed decisions in one call
         * @description Each item is evaluated, or refused, on its own, exactly as POST /v1/evaluations would answer it alone, with its own evaluationId and receipt; the answer is 200 with one result per item, in order. A refused item has the status it would have had alone and its problem (instance names the item: /v1/evaluations/batch#/requests/3). The whole call is refused only when the envelope is wrong (not JSON, no requests, more than 50), the body is over the size limit, or it holds personal data anywhere. Roles: caseworker, legal; an item pinning a version other than the one in force on its decisionDate needs legal, as a single call does (403 pin-needs-legal for that item).
         */
        post: operations["evaluateBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/evaluations/{evaluationId}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record what became of a checked draft
         * @description Signed, revised or abandoned, and the findings the signed letter knowingly departs from, each with a reason code (contract 1.1). Once per evaluation. Roles: caseworker, legal. Free-text notes are accepted but not kept.
         */
        post: operations["recordOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The decision record: answered evaluations with their outcomes
         * @description Records in chain order, filtered by period (from, to: whole UTC days, inclusive), municipality, verdict and rule, paged with cursor (nextCursor of the page before). With Accept: application/x-ndjson, every matching record from the cursor on is streamed, one JSON object a line. Role: legal.
         */
        get: operations["listRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/insight": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Aggregates of the decision record for a municipality and period
         * @description Verdicts over time, the rules that fire most, the facts most often missing, outcomes, deviations by rule and reason, and granted hours by service type and functional-level band against the reference range. Every group of fewer than 5 decisions is suppressed. Roles: legal, trainer.
         */
        get: operations["getInsight"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/receipts/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a receipt and say what it binds
         * @description A receipt that fails the check is not an error of the call: the answer is 200 with valid: false and a reason. Problems (4xx) are for calls that are themselves wrong. Roles: caseworker, legal, trainer.
         */
        post: operations["verifyReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public keys receipts are signed with (JWKS), for offline verification */
        get: operations["getReceiptKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/impact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Impact of a rule change on a set of cases
         * @description Evaluates each case against two versions of one ruleset (both pinned; a draft may be named) and reports the cases whose verdict or findings change, findings added and removed per rule, and a summary. At most 50 cases; for a larger corpus use `hjemmel impact`, which streams. The same computation as the CLI. Role: legal.
         */
        post: operations["analyseImpact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rulesets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List every ruleset version
         * @description Roles: caseworker (published versions), legal (drafts too). Cache-Control: no-cache with an ETag: revalidate with If-None-Match (304 when unchanged); the list differs by key (Vary: Authorization).
         */
        get: operations["listRulesets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rulesets/{id}/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One ruleset version: rules, citations, wording, changelog
         * @description Roles: caseworker (published versions), legal (drafts too). The ETag is the version's digest. A published version never changes: `Cache-Control: public, max-age=31536000, immutable`. A draft: `private, no-cache` (revalidate with If-None-Match; 304 when unchanged).
         */
        get: operations["getRuleset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness, with the published ruleset versions loaded
         * @description Always 200 while the process runs, listing the loaded published versions (never a draft: the route is public); says nothing about whether it can serve. Use /readyz to route traffic.
         */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: whether this instance can serve evaluations
         * @description Checks that the instance is not stopping, that a published national ruleset is in force today, that API keys are configured, that the receipt key signs receipts that verify, and that the decision record is writable (or says "record off" when the deployment runs without one); the Node server adds its log sink. 503 with the failing checks and their reasons unless all critical ones pass; 200 "degraded" when only the log sink fails.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Metrics in Prometheus text format (Node only)
         * @description Evaluations by verdict and ruleset versions, findings by rule, refusals by status and problem type, a request latency histogram, and the process metrics. Served by the Node server; the Worker answers 404 (use Workers Analytics and the JSON log lines there).
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        EvaluationResponse: {
            evaluationId: string;
            evaluatedAt: string;
            /**
             * @description blocked if any finding is an error; warnings if any is a warning; else clear.
             * @enum {string}
             */
            verdict: "blocked" | "warnings" | "clear";
            /** @enum {string} */
            language: "nb" | "nn" | "en";
            /**
             * @description Present (true) when at least one ruleset version is pinned in place of the version in force on decisionDate (a draft, an older or a later version; legal role only): the verdict is what the decision would get under those versions, not under the law in force. The pinned versions are marked rulesets[].pinned. Absent otherwise.
             * @enum {boolean}
             */
            whatIf?: true;
            /** @description Every ruleset version that took part; without a municipal layer, only the national one. */
            rulesets: {
                id: string;
                version: string;
                validFrom: string | null;
                digest: string;
                /** @enum {string} */
                status: "published" | "draft";
                /** @enum {string} */
                layer: "national" | "municipal";
                /**
                 * @description Present (true) when the request pinned this version in place of the version in force on decisionDate: a what-if evaluation, which only the legal role may ask for (contract 1.1). Absent for the version in force, pinned or not.
                 * @enum {boolean}
                 */
                pinned?: true;
            }[];
            findings: components["schemas"]["Finding"][];
            wording: {
                id: string;
                heading: string;
                text: string;
                legalBasis: {
                    citation: string;
                    /** Format: uri */
                    url: string;
                }[];
            }[];
            /** @description A compact JWS (EdDSA) binding evaluationId, evaluatedAt, the request digest, the ruleset digests, the verdict and the finding rule ids. Verify with the keys at /.well-known/jwks.json or POST /v1/receipts/verify. */
            receipt: string;
        };
        Finding: {
            /** @description Stable rule id. */
            rule: string;
            /** @description A short plain-language title of the rule in the response's language (contract 1.1): what the rule checks, for UIs to show instead of the rule id. A wording block that cannot be rendered is titled by its heading. */
            title: string;
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            /** @enum {string} */
            category: "legal-right" | "appeal" | "procedure" | "equality";
            /** @description Index of the service line; absent for decision-wide findings. */
            service?: number;
            message: string;
            legalBasis: {
                citation: string;
                /** Format: uri */
                url: string;
            }[];
            because: {
                fact: string;
                /** @enum {string} */
                operator: "equal" | "notEqual" | "lessThan" | "lessThanInclusive" | "greaterThan" | "greaterThanInclusive" | "in" | "notIn" | "contains" | "doesNotContain";
                value: string | number | boolean | null | (string | number | boolean | null)[] | {
                    fact: string;
                };
                /** @description The value the request actually had. */
                actual?: unknown;
                /** @description Whether the condition held; false where it counts by not holding (under `not`). */
                result: boolean;
            }[];
            /**
             * @description `fired`: the conditions held. `undetermined`: facts were missing, so the rule could not be checked (never read as fine).
             * @enum {string}
             */
            outcome: "fired" | "undetermined";
            /** @description For `undetermined`: the request fields to fill in. */
            missingFacts?: string[];
            /** @description The ruleset version the rule comes from, id@version. */
            ruleset: string;
            /**
             * @description The rule awaits legal review of its source.
             * @enum {string}
             */
            status?: "needs-legal-review";
            /** @description Suggested changes that each remove this finding, most useful first (those that bring no new finding before those that do); at most three. Empty when no verified change to a field the decision maker controls removes it — for example when the finding rests on facts about the person, which are found, not chosen. */
            fixes: components["schemas"]["Fix"][];
        };
        /** @description A suggested change to the draft that removes the finding, verified: the same request with the change applied (and alsoSet) was evaluated again and no longer gives this finding. Found from the rule's own condition (the boundary value it needs), not written per rule. */
        Fix: {
            /** @description The request field to change, as a dotted path (decision.appealNotice.deadlineWeeks, decision.services.0.grantedHoursPerWeek); an object on the way that the request leaves out (procedure, say) is created. Always a field the decision maker controls (the appeal notice, the grounds, the procedure, the decision kind, the lines as decided); never a fact about the person. */
            path: string;
            /** @description The value to set the field to. */
            value: string | number | boolean | null | (string | number | boolean | null)[];
            /** @description The change in plain language, in the response's language; says what else changes with it and any finding the change brings. */
            text: string;
            /** @description Changes that follow from this one and must be made with it: the decision kind the lines then show (a rejection whose line now grants hours is a grant or partial grant; a kind that contradicts its lines is refused with 422). */
            alsoSet?: {
                path: string;
                value: string | number | boolean | null | (string | number | boolean | null)[];
            }[];
            /** @description Findings the request gives with this change (and alsoSet) that it does not give now. Absent when the change brings none. */
            introduces?: {
                rule: string;
                title: string;
                /** @enum {string} */
                severity: "error" | "warning" | "info";
                service?: number;
            }[];
        };
        /** @description RFC 9457 problem details; errors[] names each invalid field by its path. */
        Problem: {
            /**
             * @description What went wrong, one stable identifier per cause (README, "Problem types"). An identifier under https://hjemmel.no/problems/; it need not resolve.
             * @enum {string}
             */
            type: "https://hjemmel.no/problems/invalid-json" | "https://hjemmel.no/problems/duplicate-key" | "https://hjemmel.no/problems/unauthorized" | "https://hjemmel.no/problems/forbidden" | "https://hjemmel.no/problems/pin-needs-legal" | "https://hjemmel.no/problems/draft-needs-legal" | "https://hjemmel.no/problems/not-found" | "https://hjemmel.no/problems/unknown-ruleset" | "https://hjemmel.no/problems/unknown-version" | "https://hjemmel.no/problems/unknown-evaluation" | "https://hjemmel.no/problems/method-not-allowed" | "https://hjemmel.no/problems/outcome-already-recorded" | "https://hjemmel.no/problems/body-too-large" | "https://hjemmel.no/problems/not-json" | "https://hjemmel.no/problems/unsupported-encoding" | "https://hjemmel.no/problems/invalid-request" | "https://hjemmel.no/problems/body-too-complex" | "https://hjemmel.no/problems/personal-data" | "https://hjemmel.no/problems/kind-contradicts-lines" | "https://hjemmel.no/problems/unknown-service-type" | "https://hjemmel.no/problems/no-ruleset-in-force" | "https://hjemmel.no/problems/not-a-layer" | "https://hjemmel.no/problems/not-same-ruleset" | "https://hjemmel.no/problems/deviation-not-fired" | "https://hjemmel.no/problems/internal-error" | "https://hjemmel.no/problems/not-configured" | "https://hjemmel.no/problems/record-unavailable" | "https://hjemmel.no/problems/record-off";
            /** @description A short summary of the type; the same for every problem of that type. */
            title: string;
            status: number;
            /** @description What went wrong in this call, in English. */
            detail: string;
            /** @description The request path this problem answers (in a batch, the item: /v1/evaluations/batch#/requests/3). */
            instance?: string;
            /** @description Each field or header that is wrong. A body field has path and pointer; a header has header. */
            errors?: {
                /** @description The body field, as a dotted path (decision.services.0.type); (body) for the whole body. */
                path?: string;
                /** @description The same field as a JSON Pointer (RFC 6901): /decision/services/0/type; empty for the whole body. */
                pointer?: string;
                /** @description For a header that is missing or wrong (401, 415): its name. */
                header?: string;
                message: string;
            }[];
            /** @description The X-Request-Id of the response; the service log names the same id. */
            requestId?: string;
        };
        EvaluationRequest: {
            /** @description The date the decision is to be made; selects the ruleset versions in force. */
            decisionDate: string;
            municipality: string;
            /** @enum {string} */
            language?: "nb" | "nn" | "en";
            /** @description Ruleset id → exact version, instead of the versions in force. */
            pin?: {
                [key: string]: string;
            };
            decision: {
                /**
                 * @description The kind of decision. It must agree with the lines (contract 1.1), or the request is refused with 422 at the field that shows the contradiction: a grant grants what was applied for and no line 0 hours; a rejection and a termination grant 0 hours; a termination states previousHoursPerWeek on every hour-based line; a reduction grants some line fewer hours than before, and not 0 on every line; a partial-grant whose lines all state hours grants neither nothing nor everything applied for; only a reduction or termination grants fewer hours than before; a waiting-list decision has only long-term-stay lines. A label can never hide a rejection. `waiting-list` (contract 1.1): the person meets the criteria for a long-term stay and is put on the waiting list (pasrl § 2-1 e andre ledd, hol § 3-2 a).
                 * @enum {string}
                 */
                kind: "grant" | "partial-grant" | "rejection" | "reduction" | "termination" | "waiting-list";
                services: {
                    /** @description Service type from the catalogue in force (national plus municipal layer). */
                    type: string;
                    /** @description Hours granted; 0 for a rejection. Required for hour-based services. */
                    grantedHoursPerWeek?: number;
                    appliedHoursPerWeek?: number | null;
                    /** @description Hours the person had before; needed for reduction and termination. */
                    previousHoursPerWeek?: number | null;
                    expectedDurationDays: number;
                    from?: string | null;
                    to?: string | null;
                    /** @description Contract 1.1. The line is decided as a statutory health and care service (appeal to Statsforvalteren) or not; overrides the catalogue default for this line. Left out: day-activity is statutory when assessment.dementia is true (hol § 3-2 første ledd nr. 7), otherwise the catalogue decides. */
                    statutory?: boolean;
                    /** @description Contract 1.1. The letter states the concrete scope of the line (hours or frequency), not "ved behov". */
                    scopeStated?: boolean;
                    /** @description Contract 1.1. For a line with `to`: the grounds say why it is time-limited. */
                    timeLimitReasonGiven?: boolean;
                    /** @description Contract 1.1. The letter says a charge (egenandel) applies to the line. */
                    chargeStated?: boolean;
                }[];
                /**
                 * @description What the drafted grounds contain. Required in contract v1; from 1.1 a value left out is reported as missing (the rules that need it are undetermined and the verdict cannot be clear), never read as fine.
                 * @default {}
                 */
                grounds: {
                    /** @description The grounds cite the legal basis (fvl § 25 første ledd). Required in contract v1; from 1.1 a value left out is reported as missing (the rules that need it are undetermined and the verdict cannot be clear), never read as fine. */
                    citesLegalBasis?: boolean;
                    /** @description The grounds describe the facts (fvl § 25 andre ledd). Required in contract v1; from 1.1 a value left out is reported as missing (the rules that need it are undetermined and the verdict cannot be clear), never read as fine. */
                    describesFacts?: boolean;
                    /** @description The grounds name the main considerations (fvl § 25 tredje ledd). Required in contract v1; from 1.1 a value left out is reported as missing (the rules that need it are undetermined and the verdict cannot be clear), never read as fine. */
                    statesMainConsiderations?: boolean;
                    /** @description Reason codes the grounds give (budget, capacity, other-service-responsible, need-changed, need-not-documented, user-declined, age, …); [] when the grounds give none. Required in contract v1; from 1.1 a value left out is reported as missing (the rules that need it are undetermined and the verdict cannot be clear), never read as fine. */
                    reasons?: string[];
                    /** @description Free text of the grounds as drafted. Used for the check only, never stored. */
                    text?: string;
                };
                /**
                 * @description What the drafted letter says about appeal. Required in contract v1; from 1.1 a value left out is reported as missing (the rules that need it are undetermined and the verdict cannot be clear), never read as fine.
                 * @default {}
                 */
                appealNotice: {
                    /** @description The letter has an appeal notice (fvl § 27 tredje ledd). Required in contract v1; from 1.1 a value left out is reported as missing (the rules that need it are undetermined and the verdict cannot be clear), never read as fine. */
                    included?: boolean;
                    deadlineWeeks?: number | null;
                    /** @enum {string} */
                    body?: "statsforvalteren" | "municipal-appeals-board" | "none";
                    /** @description The letter says the appeal is sent to the municipality, which forwards it. */
                    sendViaMunicipality?: boolean;
                    /** @description The letter says the person may see the case documents (fvl § 18). */
                    rightToSeeDocuments?: boolean;
                };
            };
            applicant: {
                /** @description Age in whole years on decisionDate. */
                age: number;
            };
            /** @default {} */
            assessment: {
                assessedNeedHoursPerWeek?: number;
                /** @description IPLOS scale average, 1.0–5.0. */
                functionalLevel?: number;
                /** @description The need is expected to last over two years. */
                expectedLongTermNeed?: boolean;
                needsCoordinatedServices?: boolean;
                /** @description A 24-hour long-term stay is the only adequate offer. */
                onlyAdequateOffer?: boolean;
                /** @enum {string} */
                userParticipation?: "documented" | "not-documented" | "declined";
                nextOfKin?: {
                    involved: boolean;
                    consent?: boolean;
                };
                /** @description The municipality has documented that BPA would give considerably increased costs. */
                increasedCostDocumented?: boolean;
                /** @description BPA was granted before the person turned 67. */
                grantedBeforeAge67?: boolean;
                /** @description The person lacks capacity to decide on the matter (samtykkekompetanse; beslutningskompetanse after the 2026 amendment of pasrl chapter 4). */
                lacksDecisionCapacity?: boolean;
                /** @description Contract 1.1. Hours per week of need for personal assistance (hol § 3-2 første ledd nr. 6 bokstav b: practical assistance, training, support contact) that count toward the BPA thresholds of pasrl § 2-1 d: no health services, no hours needing two helpers, no night services unless the night need is continuous. The BPA rules read this, never assessedNeedHoursPerWeek. */
                personalAssistanceHoursPerWeek?: number;
                /** @description Contract 1.1. The person lives at home with dementia: day activity is then statutory (hol § 3-2 første ledd nr. 7). */
                dementia?: boolean;
                /** @description Contract 1.1. For a reduction or termination: a changed need, or another lawful ground to reverse the earlier decision, is documented (fvl § 35). */
                needChangeDocumented?: boolean;
                /** @description Contract 1.1. The municipality's criteria for a long-term stay (its forskrift under hol § 3-2 a) are met. */
                meetsLongTermStayCriteria?: boolean;
                /** @description Contract 1.1. The person can be cared for adequately at home while waiting for a long-term stay (pasrl § 2-1 e andre ledd). */
                safeAtHomeWhileWaiting?: boolean;
            };
            /** @default {} */
            procedure: {
                applicationReceived?: string;
                provisionalReplySent?: boolean;
                advanceNoticeGiven?: boolean;
                decisionMakers?: {
                    role: string;
                    relatedToApplicant: boolean;
                    providesTheService: boolean;
                    /**
                     * @description Contract 1.1. How the decision maker is related to the applicant: none; close-family (fvl § 6 første ledd b–c: kin in the direct line or as close as siblings, spouse, cohabitant, foster relation); guardian-or-proxy (§ 6 første ledd d); other-close (friendship or other special circumstances, § 6 andre ledd). Left out, relatedToApplicant true reads as close-family and false as none.
                     * @enum {string}
                     */
                    relation?: "none" | "close-family" | "guardian-or-proxy" | "other-close";
                }[];
                /** @description Contract 1.1. The person was heard before the decision (fvl § 17). */
                userHeard?: boolean;
                /** @description Contract 1.1. A home visit or an equivalent assessment of the situation was made (fvl § 17). */
                homeVisit?: boolean;
                /** @description Contract 1.1. Information about the case from others was shared with the person before the decision (fvl § 17 andre ledd). */
                informationFromOthersShared?: boolean;
            };
        };
        /** @description One result per request, in the same order. */
        BatchEvaluationResponse: {
            results: ({
                /** @enum {number} */
                status: 200;
                evaluation: components["schemas"]["EvaluationResponse"];
            } | {
                /** @description The status the item would have had alone (403, 404, 422). */
                status: number;
                problem: components["schemas"]["Problem"];
            })[];
        };
        /** @description 1 to 50 evaluation requests, each as POST /v1/evaluations takes it. */
        BatchEvaluationRequest: {
            requests: components["schemas"]["EvaluationRequest"][];
        };
        RecordedOutcome: {
            evaluationId: string;
            /** @enum {string} */
            outcome: "signed" | "revised" | "abandoned";
            deviations: {
                rule: string;
                /** @enum {string} */
                reason: "professional-judgement" | "new-information" | "legal-advice" | "rule-disputed";
            }[];
            recordedAt: string;
        };
        OutcomeRequest: {
            /**
             * @description What became of the checked draft.
             * @enum {string}
             */
            outcome: "signed" | "revised" | "abandoned";
            /** @default [] */
            deviations: {
                /** @description A rule that fired in the evaluation, which the signed letter knowingly departs from. */
                rule: string;
                /** @enum {string} */
                reason: "professional-judgement" | "new-information" | "legal-advice" | "rule-disputed";
                /** @description Accepted as the contract says, but not kept: the record holds no free text, which could describe a person. */
                note?: string;
            }[];
        };
        RecordPage: {
            records: components["schemas"]["DecisionRecord"][];
            /** @description Pass as cursor for the next page; null on the last. */
            nextCursor: string | null;
        };
        /** @description What the record keeps of one answered evaluation: no personal data. */
        DecisionRecord: {
            /** @description The entry’s place in the record’s hash chain. */
            seq: number;
            evaluationId: string;
            evaluatedAt: string;
            municipality: string;
            decisionKind: string;
            /**
             * @description blocked if any finding is an error; warnings if any is a warning; else clear.
             * @enum {string}
             */
            verdict: "blocked" | "warnings" | "clear";
            /** @description The IPLOS functional level rounded down to a whole band ("3–4"), never the level itself. */
            functionalLevelBand: string | null;
            rulesets: {
                id: string;
                version: string;
                digest: string;
                /**
                 * @description A what-if pin: a version other than the one in force on the decision date, as in the evaluation’s rulesets[].
                 * @enum {boolean}
                 */
                pinned?: true;
            }[];
            services: {
                type: string;
                grantedHoursPerWeek: number | null;
                appliedHoursPerWeek: number | null;
                /** @description The municipality’s reference range for the line’s type and functional level. */
                referenceRange: {
                    min: number;
                    max: number;
                } | null;
            }[];
            findings: {
                rule: string;
                severity: string;
                /** @enum {string} */
                outcome: "fired" | "undetermined";
                service: number | null;
            }[];
            missingFacts: string[];
            receipt: string;
            /** @description sha256 over the entry and the digest of the entry before it. */
            digest: string;
            outcome: {
                /** @enum {string} */
                outcome: "signed" | "revised" | "abandoned";
                deviations: {
                    rule: string;
                    /** @enum {string} */
                    reason: "professional-judgement" | "new-information" | "legal-advice" | "rule-disputed";
                }[];
                recordedAt: string;
            } | null;
        };
        Insight: {
            municipality: string | null;
            from: string | null;
            to: string | null;
            /** @description Groups of fewer decisions than this are suppressed. */
            minimumGroup: number;
            /** @description Decisions in the period; null when fewer than minimumGroup (everything is then suppressed). */
            decisions: number | null;
            verdictsByMonth: {
                month: string;
                /**
                 * @description blocked if any finding is an error; warnings if any is a warning; else clear.
                 * @enum {string}
                 */
                verdict: "blocked" | "warnings" | "clear";
                decisions: number;
            }[];
            /** @description Decisions in which each rule fired, most first. */
            rulesFiring: {
                rule: string;
                decisions: number;
            }[];
            /** @description Decisions in which each fact was missing, most first. */
            missingFacts: {
                fact: string;
                decisions: number;
            }[];
            outcomes: {
                /** @enum {string} */
                outcome: "signed" | "revised" | "abandoned";
                decisions: number;
            }[];
            /** @description Signed letters that knowingly departed from a finding, by rule and reason. */
            deviations: {
                rule: string;
                /** @enum {string} */
                reason: "professional-judgement" | "new-information" | "legal-advice" | "rule-disputed";
                decisions: number;
            }[];
            /** @description Granted hours by service type and functional-level band (grants, partial grants and reductions that grant hours). */
            grantedHours: {
                serviceType: string;
                /** @description Functional-level band, "3–4". */
                band: string;
                grants: number;
                /** @description Granted hours per week of each grant, ascending. */
                hours: number[];
                quartiles: {
                    min: number;
                    q1: number;
                    median: number;
                    q3: number;
                    max: number;
                };
                referenceRange: {
                    min: number;
                    max: number;
                } | null;
                /** @description Grants outside the reference range. */
                outsideRange: number;
            }[];
            /** @description How many groups of each section were left out for having fewer than minimumGroup decisions. */
            suppressed: {
                [key: string]: number;
            };
        };
        VerifyReceiptResponse: {
            /** @enum {boolean} */
            valid: true;
            /** @description The key that signed it, as listed at /.well-known/jwks.json. */
            kid: string;
            claims: components["schemas"]["ReceiptClaims"];
            /** @description Only when a request was sent: its digest equals the receipt’s requestDigest. */
            requestMatches?: boolean;
        } | {
            /** @enum {boolean} */
            valid: false;
            /**
             * @description malformed: not a compact JWS; wrong-type: not a Hjemmel receipt (alg/typ); unknown-key: signed by a key this service does not hold (foreign); bad-signature: altered, or signed by another key under our kid; invalid-claims: signed, but not a receipt’s claims.
             * @enum {string}
             */
            reason: "malformed" | "wrong-type" | "unknown-key" | "bad-signature" | "invalid-claims";
            detail: string;
        };
        ReceiptClaims: {
            /** @enum {string} */
            iss: "hjemmel";
            /** @description evaluatedAt in seconds since the epoch (JWT issued-at). */
            iat: number;
            evaluationId: string;
            evaluatedAt: string;
            /** @description sha256-<hex> of the request body as sent, in RFC 8785 canonical JSON. */
            requestDigest: string;
            rulesets: {
                id: string;
                version: string;
                digest: string;
            }[];
            /**
             * @description blocked if any finding is an error; warnings if any is a warning; else clear.
             * @enum {string}
             */
            verdict: "blocked" | "warnings" | "clear";
            /** @description Rule id of each finding, in the order of findings[] (a rule that fired on two service lines is listed twice). */
            findings: string[];
        };
        VerifyReceiptRequest: {
            receipt: string;
            /** @description The evaluation request as sent; if given, the answer says whether the receipt was issued for it. */
            request?: {
                [key: string]: unknown;
            };
        };
        JWKS: {
            keys: {
                /** @enum {string} */
                kty: "OKP";
                /** @enum {string} */
                crv: "Ed25519";
                x: string;
                kid: string;
                /** @enum {string} */
                alg: "EdDSA";
                /** @enum {string} */
                use: "sig";
            }[];
        };
        ImpactReport: {
            from: {
                id: string;
                version: string;
                validFrom: string | null;
                digest: string;
                /** @enum {string} */
                status: "published" | "draft";
                /** @enum {string} */
                layer: "national" | "municipal";
            };
            to: {
                id: string;
                version: string;
                validFrom: string | null;
                digest: string;
                /** @enum {string} */
                status: "published" | "draft";
                /** @enum {string} */
                layer: "national" | "municipal";
            };
            summary: {
                /** @description Every case read. */
                cases: number;
                /** @description Cases for another municipality than the layer compared. */
                notApplicable: number;
                /** @description Cases that are not valid requests (CLI only; the HTTP body is validated as a whole). */
                invalid: number;
                unchanged: number;
                verdictChanged: number;
                /** @description Same verdict, different findings. */
                findingsChanged: number;
                /** @description Verdict changes, by old → new. */
                transitions: {
                    from: string;
                    to: string;
                    count: number;
                }[];
            };
            /** @description Per rule: findings added and removed over all cases. */
            rules: {
                rule: string;
                added: number;
                removed: number;
            }[];
            /** @description Cases whose verdict or findings changed, in input order, up to the listing limit. */
            changed: {
                /** @description The case name, the JSONL line, or the index in the body. */
                case: string;
                /** @description Verdict under `from`, or `refused (status)`. */
                before: string;
                /** @description Verdict under `to`, or `refused (status)`. */
                after: string;
                verdictChanged: boolean;
                /** @description Findings only under `to`: rule id, `#service` index, `(undetermined)`. */
                added: string[];
                /** @description Findings only under `from`. */
                removed: string[];
            }[];
            /** @description Changed cases beyond the listing limit (counted in the summary). */
            unlisted: number;
            invalidCases: {
                case: string;
                errors: string[];
            }[];
        };
        ImpactRequest: {
            /** @description The version in use, id@version. */
            from: string;
            /** @description The changed version (a draft may be named), same ruleset id. */
            to: string;
            cases: {
                name?: string;
                request: components["schemas"]["EvaluationRequest"];
            }[];
        };
        RulesetList: {
            rulesets: components["schemas"]["RulesetSummary"][];
        };
        RulesetSummary: {
            id: string;
            version: string;
            validFrom: string | null;
            digest: string;
            /** @enum {string} */
            status: "published" | "draft";
            /** @enum {string} */
            layer: "national" | "municipal";
            validTo: string | null;
            municipality: string | null;
            title: {
                nb: string;
                nn: string;
                en: string;
            };
            ruleCount: number;
        };
        RulesetDetail: {
            id: string;
            version: string;
            validFrom: string | null;
            digest: string;
            /** @enum {string} */
            status: "published" | "draft";
            /** @enum {string} */
            layer: "national" | "municipal";
            validTo: string | null;
            municipality: string | null;
            title: {
                nb: string;
                nn: string;
                en: string;
            };
            ruleCount: number;
            /** @description The file it was loaded from, relative to rules/. */
            source: string;
            changelog: {
                version: string;
                date: string;
                changes: string[];
            }[];
            /** @enum {string|null} */
            language: "nb" | "nn" | null;
            exampleData: boolean;
            catalogue: {
                [key: string]: unknown;
            };
            referenceRanges: unknown[];
            /** @description Each rule as written, with the legal text it applies (quote) and its review record. */
            rules: components["schemas"]["RuleDetail"][];
            wording: components["schemas"]["WordingDetail"][];
        };
        /** @description A rule as written: id, title, severity, category, scope, appliesTo, conditions (json-rules-engine format), message, legalBasis, quote, review, notes, status. */
        RuleDetail: {
            id: string;
            /** @description The legal text the rule applies, quoted from a source that was read, so a lawyer reviews law and condition side by side. Absent in versions published before quotes were required. */
            quote?: {
                text: string;
                source: string;
                /** Format: uri */
                url: string;
            }[];
            /** @description Who checked the rule against its sources: `status` confirmed or needs-legal-review, `checked` what was checked (and, for needs-legal-review, what could not be confirmed and why), `date`. Absent in versions published before reviews were recorded. */
            review?: {
                /** @enum {string} */
                status: "confirmed" | "needs-legal-review";
                checked: string;
                date: string;
            };
        } & {
            [key: string]: unknown;
        };
        /** @description A wording block as written: id, category, when, heading, text, legalBasis, quote, review. */
        WordingDetail: {
            id: string;
            /** @description The legal text the rule applies, quoted from a source that was read, so a lawyer reviews law and condition side by side. Absent in versions published before quotes were required. */
            quote?: {
                text: string;
                source: string;
                /** Format: uri */
                url: string;
            }[];
            /** @description Who checked the rule against its sources: `status` confirmed or needs-legal-review, `checked` what was checked (and, for needs-legal-review, what could not be confirmed and why), `date`. Absent in versions published before reviews were recorded. */
            review?: {
                /** @enum {string} */
                status: "confirmed" | "needs-legal-review";
                checked: string;
                date: string;
            };
        } & {
            [key: string]: unknown;
        };
        Liveness: {
            /** @enum {string} */
            status: "ok";
            /** @description The loaded published ruleset versions (contract v1); drafts are never listed, as this route is public. */
            rulesets: {
                id: string;
                version: string;
                status: string;
                digest: string;
            }[];
        };
        Readiness: {
            /**
             * @description degraded: only a check the service answers through fails (the log sink); it still serves, with 200.
             * @enum {string}
             */
            status: "ready" | "degraded" | "not-ready";
            checks: {
                /** @description not-stopping, rulesets, api-keys, receipt-key, record (and what a face adds: log on Node). */
                name: string;
                ok: boolean;
                /** @description Why the check fails, for operators. */
                reason?: string;
                /** @description What an operator should know of a passing check ("record off", say). */
                note?: string;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    evaluate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "decisionDate": "2026-11-24",
                 *       "municipality": "4601",
                 *       "language": "nn",
                 *       "decision": {
                 *         "kind": "rejection",
                 *         "services": [
                 *           {
                 *             "type": "bpa",
                 *             "grantedHoursPerWeek": 0,
                 *             "appliedHoursPerWeek": 35,
                 *             "previousHoursPerWeek": null,
                 *             "expectedDurationDays": 1095,
                 *             "from": "2026-12-01",
                 *             "to": null
                 *           }
                 *         ],
                 *         "grounds": {
                 *           "citesLegalBasis": true,
                 *           "describesFacts": true,
                 *           "statesMainConsiderations": false,
                 *           "reasons": [
                 *             "budget"
                 *           ],
                 *           "text": "Free text of the grounds as drafted (optional)."
                 *         },
                 *         "appealNotice": {
                 *           "included": true,
                 *           "deadlineWeeks": 3,
                 *           "body": "municipal-appeals-board"
                 *         }
                 *       },
                 *       "applicant": {
                 *         "age": 45
                 *       },
                 *       "assessment": {
                 *         "assessedNeedHoursPerWeek": 35,
                 *         "functionalLevel": 3.4,
                 *         "expectedLongTermNeed": true,
                 *         "needsCoordinatedServices": true,
                 *         "onlyAdequateOffer": false,
                 *         "userParticipation": "documented",
                 *         "nextOfKin": {
                 *           "involved": true,
                 *           "consent": true
                 *         },
                 *         "increasedCostDocumented": false
                 *       },
                 *       "procedure": {
                 *         "applicationReceived": "2026-09-20",
                 *         "provisionalReplySent": false,
                 *         "advanceNoticeGiven": false,
                 *         "decisionMakers": [
                 *           {
                 *             "role": "nurse",
                 *             "relatedToApplicant": false,
                 *             "providesTheService": true
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["EvaluationRequest"];
            };
        };
        responses: {
            /** @description The evaluation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "evaluationId": "ev_test_1",
                     *       "evaluatedAt": "2026-11-24T10:15:00.000Z",
                     *       "verdict": "blocked",
                     *       "language": "nn",
                     *       "rulesets": [
                     *         {
                     *           "id": "no-national",
                     *           "version": "2026.1.0",
                     *           "validFrom": "2026-06-01",
                     *           "digest": "sha256-e1e2a1bb9d398fd46d7022d909cd43b9e6f843d0f49c8e674bbd617dd3e8e620",
                     *           "status": "published",
                     *           "layer": "national"
                     *         },
                     *         {
                     *           "id": "municipality-4601",
                     *           "version": "1.0.0",
                     *           "validFrom": "2025-01-01",
                     *           "digest": "sha256-1ed604547c6db4c2fbe66aba604666600174da41b5e506d725c47b58fb110f70",
                     *           "status": "published",
                     *           "layer": "municipal"
                     *         }
                     *       ],
                     *       "findings": [
                     *         {
                     *           "rule": "bpa.right-from-32-hours",
                     *           "title": "BPA: behov på minst 32 timar i veka",
                     *           "severity": "error",
                     *           "category": "legal-right",
                     *           "message": "Søkjaren har rett på å få tenestene organiserte som BPA. Behovet er vurdert til 35 timar i veka og varer over to år, og søkjaren er under 67 år. Vedtaket gir 0 timar BPA. Gi BPA for heile behovet.",
                     *           "legalBasis": [
                     *             {
                     *               "citation": "pasient- og brukerrettighetsloven § 2-1 d",
                     *               "url": "https://lovdata.no/lov/1999-07-02-63/%C2%A72-1d"
                     *             }
                     *           ],
                     *           "because": [
                     *             {
                     *               "fact": "applicant.age",
                     *               "operator": "lessThan",
                     *               "value": 67,
                     *               "actual": 45,
                     *               "result": true
                     *             },
                     *             {
                     *               "fact": "assessment.expectedLongTermNeed",
                     *               "operator": "equal",
                     *               "value": true,
                     *               "actual": true,
                     *               "result": true
                     *             },
                     *             {
                     *               "fact": "assessment.assessedNeedHoursPerWeek",
                     *               "operator": "greaterThanInclusive",
                     *               "value": 32,
                     *               "actual": 35,
                     *               "result": true
                     *             },
                     *             {
                     *               "fact": "service.grantedHoursPerWeek",
                     *               "operator": "lessThan",
                     *               "value": {
                     *                 "fact": "assessment.assessedNeedHoursPerWeek"
                     *               },
                     *               "actual": 0,
                     *               "result": true
                     *             }
                     *           ],
                     *           "outcome": "fired",
                     *           "ruleset": "no-national@2026.1.0",
                     *           "service": 0,
                     *           "fixes": [
                     *             {
                     *               "path": "decision.services.0.grantedHoursPerWeek",
                     *               "value": 35,
                     *               "text": "Set innvilga timar i veka til 35 på linje 1, brukarstyrt personleg assistanse (BPA). Vedtaket blir då ei innvilging.",
                     *               "alsoSet": [
                     *                 {
                     *                   "path": "decision.kind",
                     *                   "value": "grant"
                     *                 }
                     *               ]
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "rule": "individual-plan.offer-plan-and-coordinator",
                     *           "title": "Individuell plan og koordinator",
                     *           "severity": "info",
                     *           "category": "legal-right",
                     *           "message": "Personen treng langvarige og koordinerte tenester og har rett på individuell plan og koordinator. Tilby begge, òg koordinator om personen ikkje vil ha plan. Teksten om rettane er lagd til i brevet.",
                     *           "legalBasis": [
                     *             {
                     *               "citation": "pasient- og brukerrettighetsloven § 2-5",
                     *               "url": "https://lovdata.no/lov/1999-07-02-63/%C2%A72-5"
                     *             },
                     *             {
                     *               "citation": "pasient- og brukerrettighetsloven § 2-5 b",
                     *               "url": "https://lovdata.no/lov/1999-07-02-63/%C2%A72-5b"
                     *             },
                     *             {
                     *               "citation": "helse- og omsorgstjenesteloven § 7-2",
                     *               "url": "https://lovdata.no/lov/2011-06-24-30/%C2%A77-2"
                     *             }
                     *           ],
                     *           "because": [
                     *             {
                     *               "fact": "assessment.needsCoordinatedServices",
                     *               "operator": "equal",
                     *               "value": true,
                     *               "actual": true,
                     *               "result": true
                     *             }
                     *           ],
                     *           "outcome": "fired",
                     *           "ruleset": "no-national@2026.1.0",
                     *           "fixes": []
                     *         },
                     *         {
                     *           "rule": "appeal.deadline-statutory",
                     *           "title": "Klagefrist for helse- og omsorgstenester",
                     *           "severity": "error",
                     *           "category": "appeal",
                     *           "message": "Klagefristen er feil. For helse- og omsorgstenester er fristen fire veker, ikkje 3.",
                     *           "legalBasis": [
                     *             {
                     *               "citation": "pasient- og brukerrettighetsloven § 7-5",
                     *               "url": "https://lovdata.no/lov/1999-07-02-63/%C2%A77-5"
                     *             }
                     *           ],
                     *           "because": [
                     *             {
                     *               "fact": "decision.hasStatutoryService",
                     *               "operator": "equal",
                     *               "value": true,
                     *               "actual": true,
                     *               "result": true
                     *             },
                     *             {
                     *               "fact": "decision.appealNotice.included",
                     *               "operator": "equal",
                     *               "value": true,
                     *               "actual": true,
                     *               "result": true
                     *             },
                     *             {
                     *               "fact": "decision.appealNotice.deadlineWeeks",
                     *               "operator": "notEqual",
                     *               "value": 4,
                     *               "actual": 3,
                     *               "result": true
                     *             }
                     *           ],
                     *           "outcome": "fired",
                     *           "ruleset": "no-national@2026.1.0",
                     *           "fixes": [
                     *             {
                     *               "path": "decision.appealNotice.deadlineWeeks",
                     *               "value": 4,
                     *               "text": "Set klagefristen til fire veker."
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "rule": "appeal.body-statutory",
                     *           "title": "Klageinstans for helse- og omsorgstenester",
                     *           "severity": "error",
                     *           "category": "appeal",
                     *           "message": "Feil klageinstans. Klage på helse- og omsorgstenester går til Statsforvaltaren, ikkje til klagenemnda i kommunen.",
                     *           "legalBasis": [
                     *             {
                     *               "citation": "pasient- og brukerrettighetsloven § 7-2",
                     *               "url": "https://lovdata.no/lov/1999-07-02-63/%C2%A77-2"
                     *             }
                     *           ],
                     *           "because": [
                     *             {
                     *               "fact": "decision.hasStatutoryService",
                     *               "operator": "equal",
                     *               "value": true,
                     *               "actual": true,
                     *               "result": true
                     *             },
                     *             {
                     *               "fact": "decision.appealNotice.included",
                     *               "operator": "equal",
                     *               "value": true,
                     *               "actual": true,
                     *               "result": true
                     *             },
                     *             {
                     *               "fact": "decision.appealNotice.body",
                     *               "operator": "notEqual",
                     *               "value": "statsforvalteren",
                     *               "actual": "municipal-appeals-board",
                     *               "result": true
                     *             }
                     *           ],
                     *           "outcome": "fired",
                     *           "ruleset": "no-national@2026.1.0",
                     *           "fixes": [
                     *             {
                     *               "path": "decision.appealNotice.body",
                     *               "value": "statsforvalteren",
                     *               "text": "Oppgi Statsforvaltaren som klageinstans."
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "rule": "appeal.send-via-municipality",
                     *           "title": "Kvar klaga skal sendast",
                     *           "severity": "warning",
                     *           "category": "appeal",
                     *           "message": "Kan ikkje kontrollerast fordi desse opplysningane manglar: decision.appealNotice.sendViaMunicipality. Fyll dei inn og kontroller på nytt. Regelen gjeld: Brevet seier ikkje kvar klaga skal sendast. Skriv at klaga blir send til kommunen, som vurderer saka på nytt og sender henne vidare.",
                     *           "legalBasis": [
                     *             {
                     *               "citation": "forvaltningsloven § 27 tredje ledd",
                     *               "url": "https://lovdata.no/lov/1967-02-10/%C2%A727"
                     *             },
                     *             {
                     *               "citation": "pasient- og brukerrettighetsloven § 7-2",
                     *               "url": "https://lovdata.no/lov/1999-07-02-63/%C2%A77-2"
                     *             }
                     *           ],
                     *           "because": [],
                     *           "outcome": "undetermined",
                     *           "missingFacts": [
                     *             "decision.appealNotice.sendViaMunicipality"
                     *           ],
                     *           "ruleset": "no-national@2026.1.0",
                     *           "fixes": [
                     *             {
                     *               "path": "decision.appealNotice.sendViaMunicipality",
                     *               "value": true,
                     *               "text": "Skriv at klaga blir send til kommunen, som vurderer saka på nytt og sender henne vidare."
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "rule": "appeal.right-to-see-documents",
                     *           "title": "Retten til å sjå dokumenta i saka",
                     *           "severity": "warning",
                     *           "category": "appeal",
                     *           "message": "Kan ikkje kontrollerast fordi desse opplysningane manglar: decision.appealNotice.rightToSeeDocuments. Fyll dei inn og kontroller på nytt. Regelen gjeld: Brevet seier ikkje at søkjaren har rett til å sjå dokumenta i saka. Legg det til i klageopplysninga.",
                     *           "legalBasis": [
                     *             {
                     *               "citation": "forvaltningsloven § 27 tredje ledd",
                     *               "url": "https://lovdata.no/lov/1967-02-10/%C2%A727"
                     *             },
                     *             {
                     *               "citation": "forvaltningsloven § 18",
                     *               "url": "https://lovdata.no/lov/1967-02-10/%C2%A718"
                     *             }
                     *           ],
                     *           "because": [],
                     *           "outcome": "undetermined",
                     *           "missingFacts": [
                     *             "decision.appealNotice.rightToSeeDocuments"
                     *           ],
                     *           "ruleset": "no-national@2026.1.0",
                     *           "fixes": [
                     *             {
                     *               "path": "decision.appealNotice.rightToSeeDocuments",
                     *               "value": true,
                     *               "text": "Skriv at søkjaren har rett til å sjå dokumenta i saka."
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "rule": "grounds.main-considerations",
                     *           "title": "Grunngjevinga: hovudomsyna i skjønnet",
                     *           "severity": "error",
                     *           "category": "procedure",
                     *           "message": "Grunngjevinga nemner ikkje dei viktigaste omsyna i skjønnet. Skriv kva som vog tyngst, og kvifor.",
                     *           "legalBasis": [
                     *             {
                     *               "citation": "forvaltningsloven § 25 tredje ledd",
                     *               "url": "https://lovdata.no/lov/1967-02-10/%C2%A725"
                     *             }
                     *           ],
                     *           "because": [
                     *             {
                     *               "fact": "decision.grounds.statesMainConsiderations",
                     *               "operator": "equal",
                     *               "value": false,
                     *               "actual": false,
                     *               "result": true
                     *             }
                     *           ],
                     *           "outcome": "fired",
                     *           "ruleset": "no-national@2026.1.0",
                     *           "fixes": [
                     *             {
                     *               "path": "decision.grounds.statesMainConsiderations",
                     *               "value": true,
                     *               "text": "Nemn i grunngjevinga hovudomsyna som har vore avgjerande i skjønnet."
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "rule": "procedure.provisional-reply",
                     *           "title": "Førebels svar på søknaden",
                     *           "severity": "warning",
                     *           "category": "procedure",
                     *           "message": "Søknaden er meir enn ein månad gammal (2,13 månader), og søkjaren har ikkje fått førebels svar. Send eit førebels svar med grunnen og når vedtaket kjem, dersom saka ikkje blir avgjord no.",
                     *           "legalBasis": [
                     *             {
                     *               "citation": "forvaltningsloven § 11 a andre ledd",
                     *               "url": "https://lovdata.no/lov/1967-02-10/%C2%A711a"
                     *             }
                     *           ],
                     *           "because": [
                     *             {
                     *               "fact": "procedure.applicationAgeMonths",
                     *               "operator": "greaterThan",
                     *               "value": 1,
                     *               "actual": 2.1333,
                     *               "result": true
                     *             },
                     *             {
                     *               "fact": "procedure.provisionalReplySent",
                     *               "operator": "equal",
                     *               "value": false,
                     *               "actual": false,
                     *               "result": true
                     *             }
                     *           ],
                     *           "outcome": "fired",
                     *           "ruleset": "no-national@2026.1.0",
                     *           "fixes": [
                     *             {
                     *               "path": "procedure.provisionalReplySent",
                     *               "value": true,
                     *               "text": "Send søkjaren eit førebels svar."
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "rule": "procedure.own-service-and-budget",
                     *           "title": "Tillit til upartisk vurdering: same team avgjer og yter tenesta",
                     *           "severity": "warning",
                     *           "category": "procedure",
                     *           "message": "Teamet som avgjer saka, skal òg yte tenesta og ber kostnaden. Det kan svekkje tilliten til at vurderinga er upartisk. Vurder habiliteten, og la gjerne ein annan kontrollere vedtaket.",
                     *           "legalBasis": [
                     *             {
                     *               "citation": "forvaltningsloven § 6 andre ledd",
                     *               "url": "https://lovdata.no/lov/1967-02-10/%C2%A76"
                     *             }
                     *           ],
                     *           "because": [
                     *             {
                     *               "fact": "procedure.decisionMakerProvidesService",
                     *               "operator": "equal",
                     *               "value": true,
                     *               "actual": true,
                     *               "result": true
                     *             }
                     *           ],
                     *           "outcome": "fired",
                     *           "ruleset": "no-national@2026.1.0",
                     *           "fixes": []
                     *         },
                     *         {
                     *           "rule": "equality.budget-below-assessed-need",
                     *           "title": "Budsjett eller kapasitet som grunn",
                     *           "severity": "error",
                     *           "category": "equality",
                     *           "message": "Vedtaket gir mindre enn det vurderte behovet og blir grunngitt med budsjett eller kapasitet. Kommunen må gi naudsynte og forsvarlege tenester same kva økonomien er. Gi tenester etter behovet, eller grunngi med faglege grunnar.",
                     *           "legalBasis": [
                     *             {
                     *               "citation": "helse- og omsorgstjenesteloven § 4-1 (jf. Rt. 1990 s. 874, Fusa-dommen)",
                     *               "url": "https://lovdata.no/lov/2011-06-24-30/%C2%A74-1"
                     *             },
                     *             {
                     *               "citation": "pasient- og brukerrettighetsloven § 2-1 a andre ledd",
                     *               "url": "https://lovdata.no/lov/1999-07-02-63/%C2%A72-1a"
                     *             }
                     *           ],
                     *           "because": [
                     *             {
                     *               "fact": "decision.grounds.reasons",
                     *               "operator": "contains",
                     *               "value": "budget",
                     *               "actual": [
                     *                 "budget"
                     *               ],
                     *               "result": true
                     *             },
                     *             {
                     *               "fact": "service.grantedHoursPerWeek",
                     *               "operator": "lessThan",
                     *               "value": {
                     *                 "fact": "assessment.assessedNeedHoursPerWeek"
                     *               },
                     *               "actual": 0,
                     *               "result": true
                     *             }
                     *           ],
                     *           "outcome": "fired",
                     *           "ruleset": "no-national@2026.1.0",
                     *           "service": 0,
                     *           "fixes": [
                     *             {
                     *               "path": "decision.services.0.grantedHoursPerWeek",
                     *               "value": 35,
                     *               "text": "Set innvilga timar i veka til 35 på linje 1, brukarstyrt personleg assistanse (BPA). Vedtaket blir då ei innvilging.",
                     *               "alsoSet": [
                     *                 {
                     *                   "path": "decision.kind",
                     *                   "value": "grant"
                     *                 }
                     *               ]
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "wording": [
                     *         {
                     *           "id": "appeal.pasrl",
                     *           "heading": "Du kan klage",
                     *           "text": "Du kan klage på vedtaket til Statsforvaltaren. Fristen er fire veker frå du fekk vite om vedtaket. Send klaga til kommunen. Kommunen ser på saka att, og sender henne vidare til Statsforvaltaren dersom du ikkje får medhald. Du har rett til å sjå dokumenta i saka di.",
                     *           "legalBasis": [
                     *             {
                     *               "citation": "pasient- og brukerrettighetsloven § 7-2",
                     *               "url": "https://lovdata.no/lov/1999-07-02-63/%C2%A77-2"
                     *             },
                     *             {
                     *               "citation": "pasient- og brukerrettighetsloven § 7-5",
                     *               "url": "https://lovdata.no/lov/1999-07-02-63/%C2%A77-5"
                     *             },
                     *             {
                     *               "citation": "forvaltningsloven § 18",
                     *               "url": "https://lovdata.no/lov/1967-02-10/%C2%A718"
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "id": "rights.individual-plan",
                     *           "heading": "Individuell plan og koordinator",
                     *           "text": "Du treng hjelp over lang tid frå fleire tenester som må samarbeide. Då har du rett på ein individuell plan. Planen samlar måla dine og viser kven som gjer kva. Du har òg rett på ein koordinator, som følgjer deg opp og syter for at tenestene heng saman. Du kan få koordinator sjølv om du ikkje vil ha ein plan. Sei frå til kommunen dersom du ønskjer dette.",
                     *           "legalBasis": [
                     *             {
                     *               "citation": "pasient- og brukerrettighetsloven § 2-5",
                     *               "url": "https://lovdata.no/lov/1999-07-02-63/%C2%A72-5"
                     *             },
                     *             {
                     *               "citation": "pasient- og brukerrettighetsloven § 2-5 b",
                     *               "url": "https://lovdata.no/lov/1999-07-02-63/%C2%A72-5b"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "receipt": "eyJhbGciOiJFZERTQSIsInR5cCI6ImhqZW1tZWwtcmVjZWlwdCtqd3QiLCJraWQiOiLigKYifQ.…"
                     *     }
                     */
                    "application/json": components["schemas"]["EvaluationResponse"];
                };
            };
            /** @description `invalid-json`: The body is not valid JSON. Fix the client; do not retry as is. `duplicate-key`: An object in the body gives the same field twice, so it could be read two ways; errors[] names the field. Send each field once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`: No API key, or one this deployment does not know. Send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: The key’s role may not call this route (see the roles in the README). `pin-needs-legal`: The request pins a ruleset version other than the one in force on decisionDate (a draft included): a what-if, for the legal role only. detail and errors[] name the ruleset, the pinned version and the version in force. `draft-needs-legal`: The call reads a draft ruleset version; only the legal role may. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: No route at this path. `unknown-ruleset`: A pinned or named ruleset id does not exist; errors[] names the field. `unknown-version`: The ruleset exists but not in this version; errors[] names the field. `unknown-evaluation`: The decision record holds no evaluation with this id (an outcome is recorded only for an evaluation the record holds). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `body-too-large`: The body is larger than the deployment allows (100 KiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-json`: The body is not sent as `application/json`. `unsupported-encoding`: The body is declared in a charset other than UTF-8, or sent with a `Content-Encoding` (compressed); errors[] names the header. Send uncompressed UTF-8 JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid-request`: Well-formed JSON that the schema refuses (a missing, mistyped or unknown field); errors[] names each field. `body-too-complex`: The body nests too deep or holds too many items or fields for any valid request. `personal-data`: The body holds what looks like a national identity number; errors[] names where, never the number. No request needs one: remove it. `kind-contradicts-lines`: The decision kind does not match what its service lines grant; a decision is checked only under the kind its lines show. `unknown-service-type`: A service line’s type is not in the catalogue of the rulesets in force for the municipality. `no-ruleset-in-force`: No published national ruleset version is in force on the decision date. `not-a-layer`: A pinned ruleset is neither the national ruleset nor this municipality’s layer. `not-same-ruleset`: An impact comparison names versions of two different rulesets. `deviation-not-fired`: An outcome’s deviation names a rule that gave no finding in this evaluation; errors[] names each such deviation. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: The call failed inside Hjemmel; no verdict was given. Retrying may help; the requestId names it in the log. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-configured`: This deployment has no API keys or no receipt signing key configured, so it refuses the call. An operator must configure it; `/readyz` says what is missing. `record-unavailable`: The decision record cannot be written now, so the evaluation is refused (never a verdict without its record). Retry shortly; `/readyz` says what is wrong. `record-off`: This deployment runs without a decision record (HJEMMEL_RECORD=off), so the record routes have nothing to read or write. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    evaluateBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "requests": [
                 *         {
                 *           "decisionDate": "2026-11-24",
                 *           "municipality": "4601",
                 *           "language": "nn",
                 *           "decision": {
                 *             "kind": "rejection",
                 *             "services": [
                 *               {
                 *                 "type": "bpa",
                 *                 "grantedHoursPerWeek": 0,
                 *                 "appliedHoursPerWeek": 35,
                 *                 "previousHoursPerWeek": null,
                 *                 "expectedDurationDays": 1095,
                 *                 "from": "2026-12-01",
                 *                 "to": null
                 *               }
                 *             ],
                 *             "grounds": {
                 *               "citesLegalBasis": true,
                 *               "describesFacts": true,
                 *               "statesMainConsiderations": false,
                 *               "reasons": [
                 *                 "budget"
                 *               ],
                 *               "text": "Free text of the grounds as drafted (optional)."
                 *             },
                 *             "appealNotice": {
                 *               "included": true,
                 *               "deadlineWeeks": 3,
                 *               "body": "municipal-appeals-board"
                 *             }
                 *           },
                 *           "applicant": {
                 *             "age": 45
                 *           },
                 *           "assessment": {
                 *             "assessedNeedHoursPerWeek": 35,
                 *             "functionalLevel": 3.4,
                 *             "expectedLongTermNeed": true,
                 *             "needsCoordinatedServices": true,
                 *             "onlyAdequateOffer": false,
                 *             "userParticipation": "documented",
                 *             "nextOfKin": {
                 *               "involved": true,
                 *               "consent": true
                 *             },
                 *             "increasedCostDocumented": false
                 *           },
                 *           "procedure": {
                 *             "applicationReceived": "2026-09-20",
                 *             "provisionalReplySent": false,
                 *             "advanceNoticeGiven": false,
                 *             "decisionMakers": [
                 *               {
                 *                 "role": "nurse",
                 *                 "relatedToApplicant": false,
                 *                 "providesTheService": true
                 *               }
                 *             ]
                 *           }
                 *         },
                 *         {
                 *           "decisionDate": "2026-13-01",
                 *           "municipality": "4601",
                 *           "language": "nn",
                 *           "decision": {
                 *             "kind": "rejection",
                 *             "services": [
                 *               {
                 *                 "type": "bpa",
                 *                 "grantedHoursPerWeek": 0,
                 *                 "appliedHoursPerWeek": 35,
                 *                 "previousHoursPerWeek": null,
                 *                 "expectedDurationDays": 1095,
                 *                 "from": "2026-12-01",
                 *                 "to": null
                 *               }
                 *             ],
                 *             "grounds": {
                 *               "citesLegalBasis": true,
                 *               "describesFacts": true,
                 *               "statesMainConsiderations": false,
                 *               "reasons": [
                 *                 "budget"
                 *               ],
                 *               "text": "Free text of the grounds as drafted (optional)."
                 *             },
                 *             "appealNotice": {
                 *               "included": true,
                 *               "deadlineWeeks": 3,
                 *               "body": "municipal-appeals-board"
                 *             }
                 *           },
                 *           "applicant": {
                 *             "age": 45
                 *           },
                 *           "assessment": {
                 *             "assessedNeedHoursPerWeek": 35,
                 *             "functionalLevel": 3.4,
                 *             "expectedLongTermNeed": true,
                 *             "needsCoordinatedServices": true,
                 *             "onlyAdequateOffer": false,
                 *             "userParticipation": "documented",
                 *             "nextOfKin": {
                 *               "involved": true,
                 *               "consent": true
                 *             },
                 *             "increasedCostDocumented": false
                 *           },
                 *           "procedure": {
                 *             "applicationReceived": "2026-09-20",
                 *             "provisionalReplySent": false,
                 *             "advanceNoticeGiven": false,
                 *             "decisionMakers": [
                 *               {
                 *                 "role": "nurse",
                 *                 "relatedToApplicant": false,
                 *                 "providesTheService": true
                 *               }
                 *             ]
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BatchEvaluationRequest"];
            };
        };
        responses: {
            /** @description One result per request, in order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "results": [
                     *         {
                     *           "status": 200,
                     *           "evaluation": {
                     *             "evaluationId": "ev_test_1",
                     *             "evaluatedAt": "2026-11-24T10:15:00.000Z",
                     *             "verdict": "blocked",
                     *             "language": "nn",
                     *             "rulesets": [
                     *               {
                     *                 "id": "no-national",
                     *                 "version": "2026.1.0",
                     *                 "validFrom": "2026-06-01",
                     *                 "digest": "sha256-e1e2a1bb9d398fd46d7022d909cd43b9e6f843d0f49c8e674bbd617dd3e8e620",
                     *                 "status": "published",
                     *                 "layer": "national"
                     *               },
                     *               {
                     *                 "id": "municipality-4601",
                     *                 "version": "1.0.0",
                     *                 "validFrom": "2025-01-01",
                     *                 "digest": "sha256-1ed604547c6db4c2fbe66aba604666600174da41b5e506d725c47b58fb110f70",
                     *                 "status": "published",
                     *                 "layer": "municipal"
                     *               }
                     *             ],
                     *             "findings": [
                     *               {
                     *                 "rule": "bpa.right-from-32-hours",
                     *                 "title": "BPA: behov på minst 32 timar i veka",
                     *                 "severity": "error",
                     *                 "category": "legal-right",
                     *                 "message": "Søkjaren har rett på å få tenestene organiserte som BPA. Behovet er vurdert til 35 timar i veka og varer over to år, og søkjaren er under 67 år. Vedtaket gir 0 timar BPA. Gi BPA for heile behovet.",
                     *                 "legalBasis": [
                     *                   {
                     *                     "citation": "pasient- og brukerrettighetsloven § 2-1 d",
                     *                     "url": "https://lovdata.no/lov/1999-07-02-63/%C2%A72-1d"
                     *                   }
                     *                 ],
                     *                 "because": [
                     *                   {
                     *                     "fact": "applicant.age",
                     *                     "operator": "lessThan",
                     *                     "value": 67,
                     *                     "actual": 45,
                     *                     "result": true
                     *                   },
                     *                   {
                     *                     "fact": "assessment.expectedLongTermNeed",
                     *                     "operator": "equal",
                     *                     "value": true,
                     *                     "actual": true,
                     *                     "result": true
                     *                   },
                     *                   {
                     *                     "fact": "assessment.assessedNeedHoursPerWeek",
                     *                     "operator": "greaterThanInclusive",
                     *                     "value": 32,
                     *                     "actual": 35,
                     *                     "result": true
                     *                   },
                     *                   {
                     *                     "fact": "service.grantedHoursPerWeek",
                     *                     "operator": "lessThan",
                     *                     "value": {
                     *                       "fact": "assessment.assessedNeedHoursPerWeek"
                     *                     },
                     *                     "actual": 0,
                     *                     "result": true
                     *                   }
                     *                 ],
                     *                 "outcome": "fired",
                     *                 "ruleset": "no-national@2026.1.0",
                     *                 "service": 0,
                     *                 "fixes": [
                     *                   {
                     *                     "path": "decision.services.0.grantedHoursPerWeek",
                     *                     "value": 35,
                     *                     "text": "Set innvilga timar i veka til 35 på linje 1, brukarstyrt personleg assistanse (BPA). Vedtaket blir då ei innvilging.",
                     *                     "alsoSet": [
                     *                       {
                     *                         "path": "decision.kind",
                     *                         "value": "grant"
                     *                       }
                     *                     ]
                     *                   }
                     *                 ]
                     *               },
                     *               {
                     *                 "rule": "individual-plan.offer-plan-and-coordinator",
                     *                 "title": "Individuell plan og koordinator",
                     *                 "severity": "info",
                     *                 "category": "legal-right",
                     *                 "message": "Personen treng langvarige og koordinerte tenester og har rett på individuell plan og koordinator. Tilby begge, òg koordinator om personen ikkje vil ha plan. Teksten om rettane er lagd til i brevet.",
                     *                 "legalBasis": [
                     *                   {
                     *                     "citation": "pasient- og brukerrettighetsloven § 2-5",
                     *                     "url": "https://lovdata.no/lov/1999-07-02-63/%C2%A72-5"
                     *                   },
                     *                   {
                     *                     "citation": "pasient- og brukerrettighetsloven § 2-5 b",
                     *                     "url": "https://lovdata.no/lov/1999-07-02-63/%C2%A72-5b"
                     *                   },
                     *                   {
                     *                     "citation": "helse- og omsorgstjenesteloven § 7-2",
                     *                     "url": "https://lovdata.no/lov/2011-06-24-30/%C2%A77-2"
                     *                   }
                     *                 ],
                     *                 "because": [
                     *                   {
                     *                     "fact": "assessment.needsCoordinatedServices",
                     *                     "operator": "equal",
                     *                     "value": true,
                     *                     "actual": true,
                     *                     "result": true
                     *                   }
                     *                 ],
                     *                 "outcome": "fired",
                     *                 "ruleset": "no-national@2026.1.0",
                     *                 "fixes": []
                     *               },
                     *               {
                     *                 "rule": "appeal.deadline-statutory",
                     *                 "title": "Klagefrist for helse- og omsorgstenester",
                     *                 "severity": "error",
                     *                 "category": "appeal",
                     *                 "message": "Klagefristen er feil. For helse- og omsorgstenester er fristen fire veker, ikkje 3.",
                     *                 "legalBasis": [
                     *                   {
                     *                     "citation": "pasient- og brukerrettighetsloven § 7-5",
                     *                     "url": "https://lovdata.no/lov/1999-07-02-63/%C2%A77-5"
                     *                   }
                     *                 ],
                     *                 "because": [
                     *                   {
                     *                     "fact": "decision.hasStatutoryService",
                     *                     "operator": "equal",
                     *                     "value": true,
                     *                     "actual": true,
                     *                     "result": true
                     *                   },
                     *                   {
                     *                     "fact": "decision.appealNotice.included",
                     *                     "operator": "equal",
                     *                     "value": true,
                     *                     "actual": true,
                     *                     "result": true
                     *                   },
                     *                   {
                     *                     "fact": "decision.appealNotice.deadlineWeeks",
                     *                     "operator": "notEqual",
                     *                     "value": 4,
                     *                     "actual": 3,
                     *                     "result": true
                     *                   }
                     *                 ],
                     *                 "outcome": "fired",
                     *                 "ruleset": "no-national@2026.1.0",
                     *                 "fixes": [
                     *                   {
                     *                     "path": "decision.appealNotice.deadlineWeeks",
                     *                     "value": 4,
                     *                     "text": "Set klagefristen til fire veker."
                     *                   }
                     *                 ]
                     *               },
                     *               {
                     *                 "rule": "appeal.body-statutory",
                     *                 "title": "Klageinstans for helse- og omsorgstenester",
                     *                 "severity": "error",
                     *                 "category": "appeal",
                     *                 "message": "Feil klageinstans. Klage på helse- og omsorgstenester går til Statsforvaltaren, ikkje til klagenemnda i kommunen.",
                     *                 "legalBasis": [
                     *                   {
                     *                     "citation": "pasient- og brukerrettighetsloven § 7-2",
                     *                     "url": "https://lovdata.no/lov/1999-07-02-63/%C2%A77-2"
                     *                   }
                     *                 ],
                     *                 "because": [
                     *                   {
                     *                     "fact": "decision.hasStatutoryService",
                     *                     "operator": "equal",
                     *                     "value": true,
                     *                     "actual": true,
                     *                     "result": true
                     *                   },
                     *                   {
                     *                     "fact": "decision.appealNotice.included",
                     *                     "operator": "equal",
                     *                     "value": true,
                     *                     "actual": true,
                     *                     "result": true
                     *                   },
                     *                   {
                     *                     "fact": "decision.appealNotice.body",
                     *                     "operator": "notEqual",
                     *                     "value": "statsforvalteren",
                     *                     "actual": "municipal-appeals-board",
                     *                     "result": true
                     *                   }
                     *                 ],
                     *                 "outcome": "fired",
                     *                 "ruleset": "no-national@2026.1.0",
                     *                 "fixes": [
                     *                   {
                     *                     "path": "decision.appealNotice.body",
                     *                     "value": "statsforvalteren",
                     *                     "text": "Oppgi Statsforvaltaren som klageinstans."
                     *                   }
                     *                 ]
                     *               },
                     *               {
                     *                 "rule": "appeal.send-via-municipality",
                     *                 "title": "Kvar klaga skal sendast",
                     *                 "severity": "warning",
                     *                 "category": "appeal",
                     *                 "message": "Kan ikkje kontrollerast fordi desse opplysningane manglar: decision.appealNotice.sendViaMunicipality. Fyll dei inn og kontroller på nytt. Regelen gjeld: Brevet seier ikkje kvar klaga skal sendast. Skriv at klaga blir send til kommunen, som vurderer saka på nytt og sender henne vidare.",
                     *                 "legalBasis": [
                     *                   {
                     *                     "citation": "forvaltningsloven § 27 tredje ledd",
                     *                     "url": "https://lovdata.no/lov/1967-02-10/%C2%A727"
                     *                   },
                     *                   {
                     *                     "citation": "pasient- og brukerrettighetsloven § 7-2",
                     *                     "url": "https://lovdata.no/lov/1999-07-02-63/%C2%A77-2"
                     *                   }
                     *                 ],
                     *                 "because": [],
                     *                 "outcome": "undetermined",
                     *                 "missingFacts": [
                     *                   "decision.appealNotice.sendViaMunicipality"
                     *                 ],
                     *                 "ruleset": "no-national@2026.1.0",
                     *                 "fixes": [
                     *                   {
                     *                     "path": "decision.appealNotice.sendViaMunicipality",
                     *                     "value": true,
                     *                     "text": "Skriv at klaga blir send til kommunen, som vurderer saka på nytt og sender henne vidare."
                     *                   }
                     *                 ]
                     *               },
                     *               {
                     *                 "rule": "appeal.right-to-see-documents",
                     *                 "title": "Retten til å sjå dokumenta i saka",
                     *                 "severity": "warning",
                     *                 "category": "appeal",
                     *                 "message": "Kan ikkje kontrollerast fordi desse opplysningane manglar: decision.appealNotice.rightToSeeDocuments. Fyll dei inn og kontroller på nytt. Regelen gjeld: Brevet seier ikkje at søkjaren har rett til å sjå dokumenta i saka. Legg det til i klageopplysninga.",
                     *                 "legalBasis": [
                     *                   {
                     *                     "citation": "forvaltningsloven § 27 tredje ledd",
                     *                     "url": "https://lovdata.no/lov/1967-02-10/%C2%A727"
                     *                   },
                     *                   {
                     *                     "citation": "forvaltningsloven § 18",
                     *                     "url": "https://lovdata.no/lov/1967-02-10/%C2%A718"
                     *                   }
                     *                 ],
                     *                 "because": [],
                     *                 "outcome": "undetermined",
                     *                 "missingFacts": [
                     *                   "decision.appealNotice.rightToSeeDocuments"
                     *                 ],
                     *                 "ruleset": "no-national@2026.1.0",
                     *                 "fixes": [
                     *                   {
                     *                     "path": "decision.appealNotice.rightToSeeDocuments",
                     *                     "value": true,
                     *                     "text": "Skriv at søkjaren har rett til å sjå dokumenta i saka."
                     *                   }
                     *                 ]
                     *               },
                     *               {
                     *                 "rule": "grounds.main-considerations",
                     *                 "title": "Grunngjevinga: hovudomsyna i skjønnet",
                     *                 "severity": "error",
                     *                 "category": "procedure",
                     *                 "message": "Grunngjevinga nemner ikkje dei viktigaste omsyna i skjønnet. Skriv kva som vog tyngst, og kvifor.",
                     *                 "legalBasis": [
                     *                   {
                     *                     "citation": "forvaltningsloven § 25 tredje ledd",
                     *                     "url": "https://lovdata.no/lov/1967-02-10/%C2%A725"
                     *                   }
                     *                 ],
                     *                 "because": [
                     *                   {
                     *                     "fact": "decision.grounds.statesMainConsiderations",
                     *                     "operator": "equal",
                     *                     "value": false,
                     *                     "actual": false,
                     *                     "result": true
                     *                   }
                     *                 ],
                     *                 "outcome": "fired",
                     *                 "ruleset": "no-national@2026.1.0",
                     *                 "fixes": [
                     *                   {
                     *                     "path": "decision.grounds.statesMainConsiderations",
                     *                     "value": true,
                     *                     "text": "Nemn i grunngjevinga hovudomsyna som har vore avgjerande i skjønnet."
                     *                   }
                     *                 ]
                     *               },
                     *               {
                     *                 "rule": "procedure.provisional-reply",
                     *                 "title": "Førebels svar på søknaden",
                     *                 "severity": "warning",
                     *                 "category": "procedure",
                     *                 "message": "Søknaden er meir enn ein månad gammal (2,13 månader), og søkjaren har ikkje fått førebels svar. Send eit førebels svar med grunnen og når vedtaket kjem, dersom saka ikkje blir avgjord no.",
                     *                 "legalBasis": [
                     *                   {
                     *                     "citation": "forvaltningsloven § 11 a andre ledd",
                     *                     "url": "https://lovdata.no/lov/1967-02-10/%C2%A711a"
                     *                   }
                     *                 ],
                     *                 "because": [
                     *                   {
                     *                     "fact": "procedure.applicationAgeMonths",
                     *                     "operator": "greaterThan",
                     *                     "value": 1,
                     *                     "actual": 2.1333,
                     *                     "result": true
                     *                   },
                     *                   {
                     *                     "fact": "procedure.provisionalReplySent",
                     *                     "operator": "equal",
                     *                     "value": false,
                     *                     "actual": false,
                     *                     "result": true
                     *                   }
                     *                 ],
                     *                 "outcome": "fired",
                     *                 "ruleset": "no-national@2026.1.0",
                     *                 "fixes": [
                     *                   {
                     *                     "path": "procedure.provisionalReplySent",
                     *                     "value": true,
                     *                     "text": "Send søkjaren eit førebels svar."
                     *                   }
                     *                 ]
                     *               },
                     *               {
                     *                 "rule": "procedure.own-service-and-budget",
                     *                 "title": "Tillit til upartisk vurdering: same team avgjer og yter tenesta",
                     *                 "severity": "warning",
                     *                 "category": "procedure",
                     *                 "message": "Teamet som avgjer saka, skal òg yte tenesta og ber kostnaden. Det kan svekkje tilliten til at vurderinga er upartisk. Vurder habiliteten, og la gjerne ein annan kontrollere vedtaket.",
                     *                 "legalBasis": [
                     *                   {
                     *                     "citation": "forvaltningsloven § 6 andre ledd",
                     *                     "url": "https://lovdata.no/lov/1967-02-10/%C2%A76"
                     *                   }
                     *                 ],
                     *                 "because": [
                     *                   {
                     *                     "fact": "procedure.decisionMakerProvidesService",
                     *                     "operator": "equal",
                     *                     "value": true,
                     *                     "actual": true,
                     *                     "result": true
                     *                   }
                     *                 ],
                     *                 "outcome": "fired",
                     *                 "ruleset": "no-national@2026.1.0",
                     *                 "fixes": []
                     *               },
                     *               {
                     *                 "rule": "equality.budget-below-assessed-need",
                     *                 "title": "Budsjett eller kapasitet som grunn",
                     *                 "severity": "error",
                     *                 "category": "equality",
                     *                 "message": "Vedtaket gir mindre enn det vurderte behovet og blir grunngitt med budsjett eller kapasitet. Kommunen må gi naudsynte og forsvarlege tenester same kva økonomien er. Gi tenester etter behovet, eller grunngi med faglege grunnar.",
                     *                 "legalBasis": [
                     *                   {
                     *                     "citation": "helse- og omsorgstjenesteloven § 4-1 (jf. Rt. 1990 s. 874, Fusa-dommen)",
                     *                     "url": "https://lovdata.no/lov/2011-06-24-30/%C2%A74-1"
                     *                   },
                     *                   {
                     *                     "citation": "pasient- og brukerrettighetsloven § 2-1 a andre ledd",
                     *                     "url": "https://lovdata.no/lov/1999-07-02-63/%C2%A72-1a"
                     *                   }
                     *                 ],
                     *                 "because": [
                     *                   {
                     *                     "fact": "decision.grounds.reasons",
                     *                     "operator": "contains",
                     *                     "value": "budget",
                     *                     "actual": [
                     *                       "budget"
                     *                     ],
                     *                     "result": true
                     *                   },
                     *                   {
                     *                     "fact": "service.grantedHoursPerWeek",
                     *                     "operator": "lessThan",
                     *                     "value": {
                     *                       "fact": "assessment.assessedNeedHoursPerWeek"
                     *                     },
                     *                     "actual": 0,
                     *                     "result": true
                     *                   }
                     *                 ],
                     *                 "outcome": "fired",
                     *                 "ruleset": "no-national@2026.1.0",
                     *                 "service": 0,
                     *                 "fixes": [
                     *                   {
                     *                     "path": "decision.services.0.grantedHoursPerWeek",
                     *                     "value": 35,
                     *                     "text": "Set innvilga timar i veka til 35 på linje 1, brukarstyrt personleg assistanse (BPA). Vedtaket blir då ei innvilging.",
                     *                     "alsoSet": [
                     *                       {
                     *                         "path": "decision.kind",
                     *                         "value": "grant"
                     *                       }
                     *                     ]
                     *                   }
                     *                 ]
                     *               }
                     *             ],
                     *             "wording": [
                     *               {
                     *                 "id": "appeal.pasrl",
                     *                 "heading": "Du kan klage",
                     *                 "text": "Du kan klage på vedtaket til Statsforvaltaren. Fristen er fire veker frå du fekk vite om vedtaket. Send klaga til kommunen. Kommunen ser på saka att, og sender henne vidare til Statsforvaltaren dersom du ikkje får medhald. Du har rett til å sjå dokumenta i saka di.",
                     *                 "legalBasis": [
                     *                   {
                     *                     "citation": "pasient- og brukerrettighetsloven § 7-2",
                     *                     "url": "https://lovdata.no/lov/1999-07-02-63/%C2%A77-2"
                     *                   },
                     *                   {
                     *                     "citation": "pasient- og brukerrettighetsloven § 7-5",
                     *                     "url": "https://lovdata.no/lov/1999-07-02-63/%C2%A77-5"
                     *                   },
                     *                   {
                     *                     "citation": "forvaltningsloven § 18",
                     *                     "url": "https://lovdata.no/lov/1967-02-10/%C2%A718"
                     *                   }
                     *                 ]
                     *               },
                     *               {
                     *                 "id": "rights.individual-plan",
                     *                 "heading": "Individuell plan og koordinator",
                     *                 "text": "Du treng hjelp over lang tid frå fleire tenester som må samarbeide. Då har du rett på ein individuell plan. Planen samlar måla dine og viser kven som gjer kva. Du har òg rett på ein koordinator, som følgjer deg opp og syter for at tenestene heng saman. Du kan få koordinator sjølv om du ikkje vil ha ein plan. Sei frå til kommunen dersom du ønskjer dette.",
                     *                 "legalBasis": [
                     *                   {
                     *                     "citation": "pasient- og brukerrettighetsloven § 2-5",
                     *                     "url": "https://lovdata.no/lov/1999-07-02-63/%C2%A72-5"
                     *                   },
                     *                   {
                     *                     "citation": "pasient- og brukerrettighetsloven § 2-5 b",
                     *                     "url": "https://lovdata.no/lov/1999-07-02-63/%C2%A72-5b"
                     *                   }
                     *                 ]
                     *               }
                     *             ],
                     *             "receipt": "eyJhbGciOiJFZERTQSIsInR5cCI6ImhqZW1tZWwtcmVjZWlwdCtqd3QiLCJraWQiOiLigKYifQ.…"
                     *           }
                     *         },
                     *         {
                     *           "status": 422,
                     *           "problem": {
                     *             "type": "https://hjemmel.no/problems/invalid-request",
                     *             "title": "Invalid request",
                     *             "status": 422,
                     *             "detail": "The request is well-formed but not valid.",
                     *             "errors": [
                     *               {
                     *                 "path": "decisionDate",
                     *                 "pointer": "/decisionDate",
                     *                 "message": "is not a real calendar date"
                     *               }
                     *             ],
                     *             "instance": "/v1/evaluations/batch#/requests/1",
                     *             "requestId": "…"
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BatchEvaluationResponse"];
                };
            };
            /** @description `invalid-json`: The body is not valid JSON. Fix the client; do not retry as is. `duplicate-key`: An object in the body gives the same field twice, so it could be read two ways; errors[] names the field. Send each field once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`: No API key, or one this deployment does not know. Send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: The key’s role may not call this route (see the roles in the README). `pin-needs-legal`: The request pins a ruleset version other than the one in force on decisionDate (a draft included): a what-if, for the legal role only. detail and errors[] name the ruleset, the pinned version and the version in force. `draft-needs-legal`: The call reads a draft ruleset version; only the legal role may. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `body-too-large`: The body is larger than the deployment allows (100 KiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-json`: The body is not sent as `application/json`. `unsupported-encoding`: The body is declared in a charset other than UTF-8, or sent with a `Content-Encoding` (compressed); errors[] names the header. Send uncompressed UTF-8 JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid-request`: Well-formed JSON that the schema refuses (a missing, mistyped or unknown field); errors[] names each field. `body-too-complex`: The body nests too deep or holds too many items or fields for any valid request. `personal-data`: The body holds what looks like a national identity number; errors[] names where, never the number. No request needs one: remove it. `kind-contradicts-lines`: The decision kind does not match what its service lines grant; a decision is checked only under the kind its lines show. `unknown-service-type`: A service line’s type is not in the catalogue of the rulesets in force for the municipality. `no-ruleset-in-force`: No published national ruleset version is in force on the decision date. `not-a-layer`: A pinned ruleset is neither the national ruleset nor this municipality’s layer. `not-same-ruleset`: An impact comparison names versions of two different rulesets. `deviation-not-fired`: An outcome’s deviation names a rule that gave no finding in this evaluation; errors[] names each such deviation. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `internal-error`: The call failed inside Hjemmel; no verdict was given. Retrying may help; the requestId names it in the log. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-configured`: This deployment has no API keys or no receipt signing key configured, so it refuses the call. An operator must configure it; `/readyz` says what is missing. `record-unavailable`: The decision record cannot be written now, so the evaluation is refused (never a verdict without its record). Retry shortly; `/readyz` says what is wrong. `record-off`: This deployment runs without a decision record (HJEMMEL_RECORD=off), so the record routes have nothing to read or write. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                evaluationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutcomeRequest"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordedOutcome"];
                };
            };
            /** @description `invalid-json`: The body is not valid JSON. Fix the client; do not retry as is. `duplicate-key`: An object in the body gives the same field twice, so it could be read two ways; errors[] names the field. Send each field once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`: No API key, or one this deployment does not know. Send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: The key’s role may not call this route (see the roles in the README). `pin-needs-legal`: The request pins a ruleset version other than the one in force on decisionDate (a draft included): a what-if, for the legal role only. detail and errors[] name the ruleset, the pinned version and the version in force. `draft-needs-legal`: The call reads a draft ruleset version; only the legal role may. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: No route at this path. `unknown-ruleset`: A pinned or named ruleset id does not exist; errors[] names the field. `unknown-version`: The ruleset exists but not in this version; errors[] names the field. `unknown-evaluation`: The decision record holds no evaluation with this id (an outcome is recorded only for an evaluation the record holds). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `outcome-already-recorded`: An outcome is recorded once per evaluation, and this one has it; the record is append-only. Check the draft again to record a new outcome. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `body-too-large`: The body is larger than the deployment allows (100 KiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-json`: The body is not sent as `application/json`. `unsupported-encoding`: The body is declared in a charset other than UTF-8, or sent with a `Content-Encoding` (compressed); errors[] names the header. Send uncompressed UTF-8 JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid-request`: Well-formed JSON that the schema refuses (a missing, mistyped or unknown field); errors[] names each field. `body-too-complex`: The body nests too deep or holds too many items or fields for any valid request. `personal-data`: The body holds what looks like a national identity number; errors[] names where, never the number. No request needs one: remove it. `kind-contradicts-lines`: The decision kind does not match what its service lines grant; a decision is checked only under the kind its lines show. `unknown-service-type`: A service line’s type is not in the catalogue of the rulesets in force for the municipality. `no-ruleset-in-force`: No published national ruleset version is in force on the decision date. `not-a-layer`: A pinned ruleset is neither the national ruleset nor this municipality’s layer. `not-same-ruleset`: An impact comparison names versions of two different rulesets. `deviation-not-fired`: An outcome’s deviation names a rule that gave no finding in this evaluation; errors[] names each such deviation. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-configured`: This deployment has no API keys or no receipt signing key configured, so it refuses the call. An operator must configure it; `/readyz` says what is missing. `record-unavailable`: The decision record cannot be written now, so the evaluation is refused (never a verdict without its record). Retry shortly; `/readyz` says what is wrong. `record-off`: This deployment runs without a decision record (HJEMMEL_RECORD=off), so the record routes have nothing to read or write. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRecords: {
        parameters: {
            query?: {
                /** @description First day (UTC) of the period, inclusive. */
                from?: string;
                /** @description Last day (UTC) of the period, inclusive. */
                to?: string;
                municipality?: string;
                /** @description blocked if any finding is an error; warnings if any is a warning; else clear. */
                verdict?: "blocked" | "warnings" | "clear";
                /** @description Only records with a finding of this rule. */
                rule?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordPage"];
                    "application/x-ndjson": components["schemas"]["DecisionRecord"];
                };
            };
            /** @description `unauthorized`: No API key, or one this deployment does not know. Send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: The key’s role may not call this route (see the roles in the README). `pin-needs-legal`: The request pins a ruleset version other than the one in force on decisionDate (a draft included): a what-if, for the legal role only. detail and errors[] name the ruleset, the pinned version and the version in force. `draft-needs-legal`: The call reads a draft ruleset version; only the legal role may. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid-request`: Well-formed JSON that the schema refuses (a missing, mistyped or unknown field); errors[] names each field. `body-too-complex`: The body nests too deep or holds too many items or fields for any valid request. `personal-data`: The body holds what looks like a national identity number; errors[] names where, never the number. No request needs one: remove it. `kind-contradicts-lines`: The decision kind does not match what its service lines grant; a decision is checked only under the kind its lines show. `unknown-service-type`: A service line’s type is not in the catalogue of the rulesets in force for the municipality. `no-ruleset-in-force`: No published national ruleset version is in force on the decision date. `not-a-layer`: A pinned ruleset is neither the national ruleset nor this municipality’s layer. `not-same-ruleset`: An impact comparison names versions of two different rulesets. `deviation-not-fired`: An outcome’s deviation names a rule that gave no finding in this evaluation; errors[] names each such deviation. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-configured`: This deployment has no API keys or no receipt signing key configured, so it refuses the call. An operator must configure it; `/readyz` says what is missing. `record-unavailable`: The decision record cannot be written now, so the evaluation is refused (never a verdict without its record). Retry shortly; `/readyz` says what is wrong. `record-off`: This deployment runs without a decision record (HJEMMEL_RECORD=off), so the record routes have nothing to read or write. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInsight: {
        parameters: {
            query?: {
                municipality?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The aggregates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Insight"];
                };
            };
            /** @description `unauthorized`: No API key, or one this deployment does not know. Send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: The key’s role may not call this route (see the roles in the README). `pin-needs-legal`: The request pins a ruleset version other than the one in force on decisionDate (a draft included): a what-if, for the legal role only. detail and errors[] name the ruleset, the pinned version and the version in force. `draft-needs-legal`: The call reads a draft ruleset version; only the legal role may. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid-request`: Well-formed JSON that the schema refuses (a missing, mistyped or unknown field); errors[] names each field. `body-too-complex`: The body nests too deep or holds too many items or fields for any valid request. `personal-data`: The body holds what looks like a national identity number; errors[] names where, never the number. No request needs one: remove it. `kind-contradicts-lines`: The decision kind does not match what its service lines grant; a decision is checked only under the kind its lines show. `unknown-service-type`: A service line’s type is not in the catalogue of the rulesets in force for the municipality. `no-ruleset-in-force`: No published national ruleset version is in force on the decision date. `not-a-layer`: A pinned ruleset is neither the national ruleset nor this municipality’s layer. `not-same-ruleset`: An impact comparison names versions of two different rulesets. `deviation-not-fired`: An outcome’s deviation names a rule that gave no finding in this evaluation; errors[] names each such deviation. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-configured`: This deployment has no API keys or no receipt signing key configured, so it refuses the call. An operator must configure it; `/readyz` says what is missing. `record-unavailable`: The decision record cannot be written now, so the evaluation is refused (never a verdict without its record). Retry shortly; `/readyz` says what is wrong. `record-off`: This deployment runs without a decision record (HJEMMEL_RECORD=off), so the record routes have nothing to read or write. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyReceipt: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyReceiptRequest"];
            };
        };
        responses: {
            /** @description Whether the receipt holds; if so, what it binds */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifyReceiptResponse"];
                };
            };
            /** @description `invalid-json`: The body is not valid JSON. Fix the client; do not retry as is. `duplicate-key`: An object in the body gives the same field twice, so it could be read two ways; errors[] names the field. Send each field once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`: No API key, or one this deployment does not know. Send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: The key’s role may not call this route (see the roles in the README). `pin-needs-legal`: The request pins a ruleset version other than the one in force on decisionDate (a draft included): a what-if, for the legal role only. detail and errors[] name the ruleset, the pinned version and the version in force. `draft-needs-legal`: The call reads a draft ruleset version; only the legal role may. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `body-too-large`: The body is larger than the deployment allows (100 KiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-json`: The body is not sent as `application/json`. `unsupported-encoding`: The body is declared in a charset other than UTF-8, or sent with a `Content-Encoding` (compressed); errors[] names the header. Send uncompressed UTF-8 JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid-request`: Well-formed JSON that the schema refuses (a missing, mistyped or unknown field); errors[] names each field. `body-too-complex`: The body nests too deep or holds too many items or fields for any valid request. `personal-data`: The body holds what looks like a national identity number; errors[] names where, never the number. No request needs one: remove it. `kind-contradicts-lines`: The decision kind does not match what its service lines grant; a decision is checked only under the kind its lines show. `unknown-service-type`: A service line’s type is not in the catalogue of the rulesets in force for the municipality. `no-ruleset-in-force`: No published national ruleset version is in force on the decision date. `not-a-layer`: A pinned ruleset is neither the national ruleset nor this municipality’s layer. `not-same-ruleset`: An impact comparison names versions of two different rulesets. `deviation-not-fired`: An outcome’s deviation names a rule that gave no finding in this evaluation; errors[] names each such deviation. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-configured`: This deployment has no API keys or no receipt signing key configured, so it refuses the call. An operator must configure it; `/readyz` says what is missing. `record-unavailable`: The decision record cannot be written now, so the evaluation is refused (never a verdict without its record). Retry shortly; `/readyz` says what is wrong. `record-off`: This deployment runs without a decision record (HJEMMEL_RECORD=off), so the record routes have nothing to read or write. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReceiptKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current signing key and any retired keys whose receipts still verify */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JWKS"];
                };
            };
            /** @description `not-configured`: This deployment has no API keys or no receipt signing key configured, so it refuses the call. An operator must configure it; `/readyz` says what is missing. `record-unavailable`: The decision record cannot be written now, so the evaluation is refused (never a verdict without its record). Retry shortly; `/readyz` says what is wrong. `record-off`: This deployment runs without a decision record (HJEMMEL_RECORD=off), so the record routes have nothing to read or write. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    analyseImpact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImpactRequest"];
            };
        };
        responses: {
            /** @description The impact report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImpactReport"];
                };
            };
            /** @description `invalid-json`: The body is not valid JSON. Fix the client; do not retry as is. `duplicate-key`: An object in the body gives the same field twice, so it could be read two ways; errors[] names the field. Send each field once. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `unauthorized`: No API key, or one this deployment does not know. Send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: The key’s role may not call this route (see the roles in the README). `pin-needs-legal`: The request pins a ruleset version other than the one in force on decisionDate (a draft included): a what-if, for the legal role only. detail and errors[] name the ruleset, the pinned version and the version in force. `draft-needs-legal`: The call reads a draft ruleset version; only the legal role may. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: No route at this path. `unknown-ruleset`: A pinned or named ruleset id does not exist; errors[] names the field. `unknown-version`: The ruleset exists but not in this version; errors[] names the field. `unknown-evaluation`: The decision record holds no evaluation with this id (an outcome is recorded only for an evaluation the record holds). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `body-too-large`: The body is larger than the deployment allows (100 KiB by default). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-json`: The body is not sent as `application/json`. `unsupported-encoding`: The body is declared in a charset other than UTF-8, or sent with a `Content-Encoding` (compressed); errors[] names the header. Send uncompressed UTF-8 JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `invalid-request`: Well-formed JSON that the schema refuses (a missing, mistyped or unknown field); errors[] names each field. `body-too-complex`: The body nests too deep or holds too many items or fields for any valid request. `personal-data`: The body holds what looks like a national identity number; errors[] names where, never the number. No request needs one: remove it. `kind-contradicts-lines`: The decision kind does not match what its service lines grant; a decision is checked only under the kind its lines show. `unknown-service-type`: A service line’s type is not in the catalogue of the rulesets in force for the municipality. `no-ruleset-in-force`: No published national ruleset version is in force on the decision date. `not-a-layer`: A pinned ruleset is neither the national ruleset nor this municipality’s layer. `not-same-ruleset`: An impact comparison names versions of two different rulesets. `deviation-not-fired`: An outcome’s deviation names a rule that gave no finding in this evaluation; errors[] names each such deviation. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-configured`: This deployment has no API keys or no receipt signing key configured, so it refuses the call. An operator must configure it; `/readyz` says what is missing. `record-unavailable`: The decision record cannot be written now, so the evaluation is refused (never a verdict without its record). Retry shortly; `/readyz` says what is wrong. `record-off`: This deployment runs without a decision record (HJEMMEL_RECORD=off), so the record routes have nothing to read or write. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRulesets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ids, versions, effective dates, digests and status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RulesetList"];
                };
            };
            /** @description Not modified: the If-None-Match ETag is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `unauthorized`: No API key, or one this deployment does not know. Send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: The key’s role may not call this route (see the roles in the README). `pin-needs-legal`: The request pins a ruleset version other than the one in force on decisionDate (a draft included): a what-if, for the legal role only. detail and errors[] name the ruleset, the pinned version and the version in force. `draft-needs-legal`: The call reads a draft ruleset version; only the legal role may. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-configured`: This deployment has no API keys or no receipt signing key configured, so it refuses the call. An operator must configure it; `/readyz` says what is missing. `record-unavailable`: The decision record cannot be written now, so the evaluation is refused (never a verdict without its record). Retry shortly; `/readyz` says what is wrong. `record-off`: This deployment runs without a decision record (HJEMMEL_RECORD=off), so the record routes have nothing to read or write. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRuleset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version as loaded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RulesetDetail"];
                };
            };
            /** @description Not modified: the If-None-Match ETag (the digest) is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `unauthorized`: No API key, or one this deployment does not know. Send `Authorization: Bearer <key>`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `forbidden`: The key’s role may not call this route (see the roles in the README). `pin-needs-legal`: The request pins a ruleset version other than the one in force on decisionDate (a draft included): a what-if, for the legal role only. detail and errors[] name the ruleset, the pinned version and the version in force. `draft-needs-legal`: The call reads a draft ruleset version; only the legal role may. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-found`: No route at this path. `unknown-ruleset`: A pinned or named ruleset id does not exist; errors[] names the field. `unknown-version`: The ruleset exists but not in this version; errors[] names the field. `unknown-evaluation`: The decision record holds no evaluation with this id (an outcome is recorded only for an evaluation the record holds). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `not-configured`: This deployment has no API keys or no receipt signing key configured, so it refuses the call. An operator must configure it; `/readyz` says what is missing. `record-unavailable`: The decision record cannot be written now, so the evaluation is refused (never a verdict without its record). Retry shortly; `/readyz` says what is wrong. `record-off`: This deployment runs without a decision record (HJEMMEL_RECORD=off), so the record routes have nothing to read or write. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Liveness"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready, or degraded (still serving; the failing check says what is wrong) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description Not ready; `checks[]` says why */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format 0.0.4 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description `not-found`: No route at this path. `unknown-ruleset`: A pinned or named ruleset id does not exist; errors[] names the field. `unknown-version`: The ruleset exists but not in this version; errors[] names the field. `unknown-evaluation`: The decision record holds no evaluation with this id (an outcome is recorded only for an evaluation the record holds). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
