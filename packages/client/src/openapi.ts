// Generated from the API's /openapi.json by `npm run client:build` (openapi-typescript). Do not edit:
// change the route schemas in src/ and run the build again. A test fails when this file and the document disagree.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status and latency of every configured dependency */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The database is up; degraded dependencies are listed */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        "Cache-Control": components["headers"]["Cache-Control"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
                /** @description The configuration is invalid */
                500: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The database is down */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        "Cache-Control": components["headers"]["Cache-Control"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account; answers the user and a token pair */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RegisterBody"];
                };
            };
            responses: {
                /** @description The account was created */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuthResponse"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The email (`email_taken`) or username (`username_taken`) is in use */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many attempts (`rate_limited`, with `Retry-After`) */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email or username and password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LoginBody"];
                };
            };
            responses: {
                /** @description Signed in */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuthResponse"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unknown account or wrong password (`invalid_credentials`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The account is disabled (`account_disabled`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many attempts (`rate_limited`, with `Retry-After`) */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate a refresh token; reusing an old one signs out its whole family */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RefreshBody"];
                };
            };
            responses: {
                /** @description A new token pair */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuthResponse"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Unknown, expired, revoked or reused refresh token (`invalid_token`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a refresh token and its family */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RefreshBody"];
                };
            };
            responses: {
                /** @description Signed out (also for an unknown token) */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify an email address with the token sent at registration */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TokenBody"];
                };
            };
            responses: {
                /** @description The email is verified */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Unknown, used or expired token (`invalid_token`), or malformed JSON */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/password/forgot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a password reset link; the answer is the same whether or not the email exists */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ForgotPasswordBody"];
                };
            };
            responses: {
                /** @description Accepted */
                202: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Accepted"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many attempts (`rate_limited`, with `Retry-After`) */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with a reset token; signs out every session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ResetPasswordBody"];
                };
            };
            responses: {
                /** @description The password was changed */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Unknown, used or expired token (`invalid_token`), or malformed JSON */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many attempts (`rate_limited`, with `Retry-After`) */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The user */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The account no longer exists */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        /**
         * Change your names, phone, date of birth, username and preferences
         * @description Email, password and the is_* flags cannot be changed here: sending them is a 422.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProfileUpdate"];
                };
            };
            responses: {
                /** @description The updated user */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The account no longer exists */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The username is taken (`username_taken`) */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change your password; signs out your other sessions */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordChange"];
                };
            };
            responses: {
                /** @description Changed */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The current password is wrong (`invalid_credentials`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your address book */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description The `next_cursor` of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of addresses */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AddressList"];
                    };
                };
                /** @description Bad cursor (`invalid_cursor`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad query */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        /** Add an address; your first one becomes the default for shipping and billing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AddressInput"];
                };
            };
            responses: {
                /** @description The new address */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Address"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/addresses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your addresses */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The address */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Address"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such address of yours (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        /** Change an address, or make it a default */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AddressUpdate"];
                };
            };
            responses: {
                /** @description The updated address */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Address"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such address of yours (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        /** Delete an address */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such address of yours (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Browse the catalogue: filters, sorts and keyset pagination, priced in the market */
        get: {
            parameters: {
                query?: {
                    category?: string;
                    brand?: string;
                    min_price?: number | null;
                    max_price?: number | null;
                    /** @description Comma-separated; a product matches if it has any of them */
                    tags?: string;
                    is_featured?: "true" | "false";
                    in_stock?: "true" | "false";
                    /** @description Full-text search */
                    q?: string;
                    /** @description Default: relevance with q, else newest */
                    sort?: "newest" | "price_asc" | "price_desc" | "name" | "relevance";
                    /** @description Admins only */
                    include_inactive?: "true" | "false";
                    limit?: number;
                    cursor?: string;
                    /** @description Market handle (e.g. `eu`); the X-Market header wins over it */
                    market?: string;
                    /** @description Comma-separated facets to count: category, brand, tags, price, in_stock */
                    facets?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of products */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        ETag: components["headers"]["ETag"];
                        "Cache-Control": components["headers"]["Cache-Control"];
                        "X-Market": components["headers"]["X-Market"];
                        Vary: components["headers"]["Vary"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProductList"];
                    };
                };
                /** @description Not modified (If-None-Match matched the ETag) */
                304: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        ETag: components["headers"]["ETag"];
                        "Cache-Control": components["headers"]["Cache-Control"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Tampered cursor or one of another sort (`invalid_cursor`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A bearer token was sent but is invalid or expired (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description include_inactive without being an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad query parameters */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        /** Create a product (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProductCreate"];
                };
            };
            responses: {
                /** @description The product */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        ETag: components["headers"]["ETag"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Product"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The sku (`sku_taken`) or the slug (`slug_taken`) is in use */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/{id_or_slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A product with its images and variants, priced in the market */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id_or_slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The product */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        ETag: components["headers"]["ETag"];
                        "Cache-Control": components["headers"]["Cache-Control"];
                        "X-Market": components["headers"]["X-Market"];
                        Vary: components["headers"]["Vary"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Product"];
                    };
                };
                /** @description Not modified (If-None-Match matched the ETag) */
                304: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        ETag: components["headers"]["ETag"];
                        "Cache-Control": components["headers"]["Cache-Control"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A bearer token was sent but is invalid or expired (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such product */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An unknown market (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Partly update a product (admin), with optimistic concurrency */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The product ETag, or its updated_at; a stale one is a 412 */
                    "if-match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProductUpdate"];
                };
            };
            responses: {
                /** @description The updated product */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        ETag: components["headers"]["ETag"];
                        "Cache-Control": components["headers"]["Cache-Control"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Product"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such product */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The sku or slug is in use */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description If-Match is stale (`precondition_failed`) */
                412: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        /** Soft-delete a product (admin); orders keep their snapshots */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such product */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The category tree, depth first (cached like the catalogue) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every category */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        ETag: components["headers"]["ETag"];
                        "Cache-Control": components["headers"]["Cache-Control"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CategoryTree"];
                    };
                };
                /** @description Not modified (If-None-Match matched the ETag) */
                304: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        ETag: components["headers"]["ETag"];
                        "Cache-Control": components["headers"]["Cache-Control"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        /** Create a category (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CategoryCreate"];
                };
            };
            responses: {
                /** @description The category */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Category"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The slug is in use (`slug_taken`) */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/categories/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A category with its breadcrumb and children; its products are GET /api/products?category={slug} */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The category */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        ETag: components["headers"]["ETag"];
                        "Cache-Control": components["headers"]["Cache-Control"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CategoryDetail"];
                    };
                };
                /** @description Not modified (If-None-Match matched the ETag) */
                304: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        ETag: components["headers"]["ETag"];
                        "Cache-Control": components["headers"]["Cache-Control"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No such category */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad slug */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Partly update a category (admin): a new parent_id moves its subtree, position reorders it */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CategoryUpdate"];
                };
            };
            responses: {
                /** @description The updated category */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Category"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such category */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The slug is in use (`slug_taken`) */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        /** Delete a category (admin); refused while it has children or products */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such category */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description It still has subcategories or products (`conflict`): move or delete them first */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The active collections by position (cached like the catalogue) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description The `next_cursor` of the previous page */
                    cursor?: string;
                    /** @description Admins only */
                    include_inactive?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of collections */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        ETag: components["headers"]["ETag"];
                        "Cache-Control": components["headers"]["Cache-Control"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CollectionList"];
                    };
                };
                /** @description Not modified (If-None-Match matched the ETag) */
                304: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        ETag: components["headers"]["ETag"];
                        "Cache-Control": components["headers"]["Cache-Control"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Tampered cursor (`invalid_cursor`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A bearer token was sent but is invalid or expired (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description include_inactive without being an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad query parameters */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        /** Create a collection (admin): manual with its products in order, or automatic with rules */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CollectionCreate"];
                };
            };
            responses: {
                /** @description The collection */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Collection"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The handle is in use (`slug_taken`) */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collections/{handle}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A collection; its products are GET /api/collections/{handle}/products (admins also see inactive ones) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    handle: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The collection */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        ETag: components["headers"]["ETag"];
                        "Cache-Control": components["headers"]["Cache-Control"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Collection"];
                    };
                };
                /** @description Not modified (If-None-Match matched the ETag) */
                304: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        ETag: components["headers"]["ETag"];
                        "Cache-Control": components["headers"]["Cache-Control"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A bearer token was sent but is invalid or expired (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such active collection */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad handle */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collections/{handle}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A collection's products, with the product list's keyset pages and sorts, priced in the market */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description The `next_cursor` of the previous page */
                    cursor?: string;
                    /** @description Default: manual (the list’s order) for a manual collection, newest for an automatic one; `manual` is for manual collections only */
                    sort?: "manual" | "newest" | "price_asc" | "price_desc" | "name";
                    /** @description Market handle (e.g. `eu`); the X-Market header wins over it */
                    market?: string;
                };
                header?: never;
                path: {
                    handle: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of products */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        ETag: components["headers"]["ETag"];
                        "Cache-Control": components["headers"]["Cache-Control"];
                        "X-Market": components["headers"]["X-Market"];
                        Vary: components["headers"]["Vary"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProductList"];
                    };
                };
                /** @description Not modified (If-None-Match matched the ETag) */
                304: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        ETag: components["headers"]["ETag"];
                        "Cache-Control": components["headers"]["Cache-Control"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Tampered cursor or one of another sort (`invalid_cursor`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A bearer token was sent but is invalid or expired (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such active collection */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad query parameters, an unknown market, or `sort=manual` on an automatic collection */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Partly update a collection (admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CollectionUpdate"];
                };
            };
            responses: {
                /** @description The updated collection */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Collection"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such collection */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The handle is in use (`slug_taken`) */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        /** Delete a collection (admin); its products stay in the catalogue */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such collection */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/collections/{id}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set and order a manual collection's products (admin): the whole list, in order */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CollectionProductsSet"];
                };
            };
            responses: {
                /** @description The list as stored */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CollectionProductsResult"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such collection */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description An automatic collection has no list (`conflict`) */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/{id}/variants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a variant (admin); from the first variant on, the product's stock is its variants' total */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VariantCreate"];
                };
            };
            responses: {
                /** @description The variant */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Variant"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such product */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The sku is in use (`sku_taken`) */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/{id}/variants/{variant_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a variant: sku, name, options, price override, stock (admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    variant_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VariantUpdate"];
                };
            };
            responses: {
                /** @description The variant */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Variant"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such variant */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The sku is in use (`sku_taken`) */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        /** Delete a variant (admin) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    variant_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such variant */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/uploads/signature": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Signed parameters for a direct browser upload to Cloudinary (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UploadSignatureBody"];
                };
            };
            responses: {
                /** @description Post these with the file to upload_url */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UploadSignature"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
                /** @description Cloudinary is not configured or unreachable (`upstream_unavailable`) */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/{id}/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach images: a verified direct-upload result (JSON), or files streamed to Cloudinary (multipart) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            /** @description Either the JSON upload result or a multipart form of files */
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["DirectUploadResult"];
                    "multipart/form-data": components["schemas"]["ImageUploadForm"];
                };
            };
            responses: {
                /** @description The product's images */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProductImages"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such product */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A file is over 10 MB (`payload_too_large`) */
                413: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not jpeg, png, webp or avif (`unsupported_media_type`) */
                415: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
                /** @description Cloudinary is not configured or unreachable (`upstream_unavailable`) */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/{id}/images/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Reorder a product's images: list every image id once, in the new order (admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ImageOrder"];
                };
            };
            responses: {
                /** @description The images in order */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProductImages"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/{id}/images/{image_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Make an image the primary one, or change its alt text (admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    image_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ImageUpdate"];
                };
            };
            responses: {
                /** @description The image */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProductImage"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such image */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        /** Delete an image; the asset is destroyed at Cloudinary after the commit (admin) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    image_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such image */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The primary or the last image cannot be deleted without a replacement (`conflict`) */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/cloudinary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cloudinary notifications, verified by X-Cld-Signature and X-Cld-Timestamp (at most 2 hours old) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "x-cld-signature"?: string;
                    "x-cld-timestamp"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Accepted */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookReceived"];
                    };
                };
                /** @description Missing, wrong or expired signature (`invalid_signature`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                422: components["responses"]["ValidationFailed"];
                500: components["responses"]["InternalError"];
                /** @description Cloudinary is not configured */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/stripe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stripe events: verified by Stripe-Signature over the raw body (5 minutes tolerance), each applied once
         * @description Register this URL in the Stripe dashboard with the events payment_intent.succeeded, payment_intent.payment_failed, payment_intent.canceled, payment_intent.amount_capturable_updated, charge.refunded and refund.updated. Events may arrive in any order and more than once: a replayed event answers 200 with `duplicate: true` and changes nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "stripe-signature"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Applied (or seen before) */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StripeWebhookReceived"];
                    };
                };
                /** @description Missing, forged or stale signature (`invalid_signature`); nothing changed */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Card payments are not configured (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                422: components["responses"]["ValidationFailed"];
                500: components["responses"]["InternalError"];
                /** @description Stripe or the database is unreachable; Stripe retries the event (`upstream_unavailable`, `service_unavailable`) */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/client-config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public settings for browser clients: the Supabase Realtime URL and anon key, the Cloudinary cloud, the Stripe publishable key */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The settings (cacheable for 5 minutes) */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        "Cache-Control": components["headers"]["Cache-Control"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClientConfig"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your cart, at current prices, with a warning on each line that cannot be bought as it is
         * @description A guest cart presented with a user token is merged into the user’s cart first.
         */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Guest cart token, as returned in the `X-Cart-Token` response header */
                    "x-cart-token"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The cart (empty when there is none yet) */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Cart"];
                    };
                };
                /** @description A bearer token was sent but is invalid or expired (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description X-Cart-Token fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
                /** @description The database broke a lock cycle; nothing was written, retry (`service_unavailable`, `Retry-After`) */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Empty the cart */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Guest cart token, as returned in the `X-Cart-Token` response header */
                    "x-cart-token"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Emptied */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A bearer token was sent but is invalid or expired (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description X-Cart-Token fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
                /** @description The database broke a lock cycle; nothing was written, retry (`service_unavailable`, `Retry-After`) */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cart/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add to the cart (quantities add up); creates a guest cart and returns its token when needed */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Guest cart token, as returned in the `X-Cart-Token` response header */
                    "x-cart-token"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CartItemInput"];
                };
            };
            responses: {
                /** @description The cart after the change */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        "X-Cart-Token": components["headers"]["X-Cart-Token"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Cart"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A bearer token was sent but is invalid or expired (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such product, variant or cart line (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description More than the stock (`insufficient_stock`, with `available`), or not for sale (`product_unavailable`) */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body or X-Cart-Token fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
                /** @description The database broke a lock cycle; nothing was written, retry (`service_unavailable`, `Retry-After`) */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cart/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a line */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Guest cart token, as returned in the `X-Cart-Token` response header */
                    "x-cart-token"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The cart after the change */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Cart"];
                    };
                };
                /** @description A bearer token was sent but is invalid or expired (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such line in your cart (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The id or X-Cart-Token fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
                /** @description The database broke a lock cycle; nothing was written, retry (`service_unavailable`, `Retry-After`) */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a line’s quantity (0 removes it); raising it is checked against the stock */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Guest cart token, as returned in the `X-Cart-Token` response header */
                    "x-cart-token"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CartItemUpdate"];
                };
            };
            responses: {
                /** @description The cart after the change */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Cart"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A bearer token was sent but is invalid or expired (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such product, variant or cart line (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description More than the stock (`insufficient_stock`, with `available`), or not for sale (`product_unavailable`) */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The id, body or X-Cart-Token fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
                /** @description The database broke a lock cycle; nothing was written, retry (`service_unavailable`, `Retry-After`) */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/shipping-methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shipping methods checkout takes, with their rates and delivery times */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The methods, in display order (cacheable for 5 minutes) */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        "Cache-Control": components["headers"]["Cache-Control"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShippingMethodList"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find an order by its number and email (guests); answers it with a 15-minute view token
         * @description Rate-limited per client address and per order number. An unknown number and a wrong email answer the same 404. The token reads this order only, with `GET /api/orders/{id}/view`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OrderLookupInput"];
                };
            };
            responses: {
                /** @description The order and its view token */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrderLookupResult"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No order with this number and email (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Too many lookups from this address or for this order number (`rate_limited`, with `Retry-After`) */
                429: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{id}/view": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read an order with the view token of POST /api/orders/lookup */
        get: {
            parameters: {
                query?: never;
                header: {
                    /** @description The `view_token` answered by POST /api/orders/lookup */
                    "x-order-token": string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The order */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Order"];
                    };
                };
                /** @description The view token is invalid or expired (`invalid_token`): look the order up again */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The token is for another order (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id, or no X-Order-Token (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your orders, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description The `next_cursor` of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of orders */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrderList"];
                    };
                };
                /** @description Bad cursor (`invalid_cursor`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad query */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        /**
         * Check out: create an order from your cart (users, or guests with X-Cart-Token and email)
         * @description One database round trip: stock is decremented for every line, the discount counted, the order, its items and first event written and the cart emptied, or nothing at all. Retries with the same Idempotency-Key and body replay the first answer for 24 hours (`Idempotent-Replayed: true`), waiting while the first request is still running. The order is in the request's market (its currency, tax-inclusive or not); a cart priced in another market is refused.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description 1-255 visible ASCII characters, unique per checkout attempt (e.g. a UUID); retries reuse it */
                    "idempotency-key": string;
                    /** @description Guest cart token, as returned in the `X-Cart-Token` response header */
                    "x-cart-token"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CheckoutInput"];
                };
            };
            responses: {
                /** @description The order (or the replay of the first answer to this key, with `Idempotent-Replayed: true`) */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Order"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) or no Idempotency-Key (`idempotency_key_required`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A saved address that is not yours (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Lines without enough stock (`insufficient_stock`, `details.lines`), an empty cart (`cart_empty`), a cart priced in another market (`market_mismatch`), or the same key still running (`request_in_progress`, with `Retry-After`) */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Validation (`validation_failed`), `discount_invalid`, `shipping_method_invalid`, or the key reused with another body (`idempotency_key_reused`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
                /** @description The database broke a lock cycle; nothing was written, retry (`service_unavailable`, `Retry-After`) */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One order (yours, or any for admins) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The order */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Order"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such order of yours (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{id}/tracking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Shipping status, carrier link, delivery dates and the event history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tracking */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrderTracking"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such order of yours (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Move an order along the transition table
         * @description pending → confirmed → processing → shipped → delivered; cancelled from pending, confirmed or processing (restocks, in the same round trip); refunded from delivered, or from cancelled when paid. `shipped` needs carrier and tracking_number and sets estimated_delivery; `delivered` sets actual_delivery. Staff may do everything but refund.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OrderStatusUpdate"];
                };
            };
            responses: {
                /** @description The order after the change */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Order"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such order (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed from the current status (`invalid_transition`, `details.allowed`) */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
                /** @description The database broke a lock cycle; nothing was written, retry (`service_unavailable`, `Retry-After`) */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{id}/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record a payment state from the payment provider: authorized, paid or refunded
         * @description pending → authorized | paid, authorized → paid, paid → refunded. Refunding the payment of a delivered or cancelled order also moves the order to refunded.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PaymentUpdate"];
                };
            };
            responses: {
                /** @description The order after the change */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Order"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such order (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed from the current payment status (`invalid_transition`, `details.allowed`) */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
                /** @description The database broke a lock cycle; nothing was written, retry (`service_unavailable`, `Retry-After`) */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{id}/payment-intent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The order's Stripe PaymentIntent: its open one, or a new one when Stripe was unreachable at checkout
         * @description For the order's owner (a bearer token, or a guest's `X-Order-Token` from POST /api/orders/lookup). Idempotent: retries answer the same intent. The answer is the order with `payment.client_secret` to confirm the payment with.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "x-order-token"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The order with its payment */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Order"];
                    };
                };
                /** @description Bad access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such order of yours (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Nothing to pay: the order is not a card order awaiting payment, or card payments are off (`invalid_transition`) */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id or token (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
                /** @description Stripe is unreachable: retry (`upstream_unavailable`, `Retry-After`) */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orders/{id}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund an order in full or in part (admin)
         * @description At most what was captured and not yet refunded. Card payments are refunded at Stripe and recorded when Stripe confirms; manual payments are recorded. A full refund moves a delivered or cancelled order to `refunded`. `restock: true` puts the lines back in stock (shipped or delivered orders, once; a cancellation restocks by itself). An Idempotency-Key is required: a retry with the same key never refunds twice.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description 1-255 visible ASCII characters, unique per checkout attempt (e.g. a UUID); retries reuse it */
                    "idempotency-key": string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RefundInput"];
                };
            };
            responses: {
                /** @description The order after the refund */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Order"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) or no Idempotency-Key (`idempotency_key_required`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such order (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Nothing (or less) to refund, or a restock of an order still to ship (`refund_not_allowed`); Stripe refused (`upstream_rejected`) */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Validation (`validation_failed`), or the key reused with another body (`idempotency_key_reused`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
                /** @description Stripe is unreachable: retry with the same key (`upstream_unavailable`, `Retry-After`) */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        "Retry-After": components["headers"]["Retry-After"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find products by meaning and by keyword (hybrid ranking)
         * @description Vector candidates (OpenRouter embeddings, Supabase pgvector) and full-text candidates (Neon) fused by reciprocal rank fusion, with the list filters. When semantic search is unavailable the answer comes from keyword search alone and `meta.mode` is `keyword`; it is never a 500 for that reason.
         */
        get: {
            parameters: {
                query: {
                    /** @description What to look for, in words; 1-200 characters after trimming */
                    q: string;
                    category?: string;
                    min_price?: number | null;
                    max_price?: number | null;
                    in_stock?: "true" | "false";
                    limit?: number;
                    /** @description Minimum cosine similarity of semantic candidates (0-1) */
                    threshold?: number | null;
                    /** @description Market handle (e.g. `eu`); the X-Market header wins over it */
                    market?: string;
                    /** @description Comma-separated facets to count over the keyword matches: category, brand, tags, price, in_stock */
                    facets?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Matching listed products, best first, priced in the market */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        "Cache-Control": components["headers"]["Cache-Control"];
                        "X-Market": components["headers"]["X-Market"];
                        Vary: components["headers"]["Vary"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SearchResults"];
                    };
                };
                /** @description A bearer token was sent but is invalid or expired (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad query parameters: `q` must be 1-200 characters after trimming, `limit` at most 50, `threshold` 0-1; an unknown market */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Typeahead: popular queries, categories, brands and products for what has been typed, typos forgiven */
        get: {
            parameters: {
                query: {
                    /** @description What has been typed so far (from the first character); the last word is a prefix */
                    q: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description At most `limit` suggestions with the spans to highlight (cached like the catalogue) */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        ETag: components["headers"]["ETag"];
                        "Cache-Control": components["headers"]["Cache-Control"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Suggestions"];
                    };
                };
                /** @description Not modified (If-None-Match matched the ETag) */
                304: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        ETag: components["headers"]["ETag"];
                        "Cache-Control": components["headers"]["Cache-Control"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `q` must be 1-100 characters after trimming; `limit` 1-10 */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/markets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The store's active markets (for a currency switcher), and the one this request was given
         * @description Send a handle back in `X-Market` (or `?market=`) to see prices in that market. Read from the per-isolate market list: no database round trip.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The markets */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        "X-Market": components["headers"]["X-Market"];
                        Vary: components["headers"]["Vary"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MarketList"];
                    };
                };
                401: components["responses"]["Unauthenticated"];
                /** @description Unknown market in X-Market or `market` (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/markets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every market, the default first, inactive ones included */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The markets */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminMarketList"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        /**
         * Open a market: a currency, its countries, and whether its prices include tax
         * @description The currency must exist (PUT /api/admin/currencies/{code}) and, unless it is the default currency, have an exchange rate from it. Every product is re-priced in it at once.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MarketInput"];
                };
            };
            responses: {
                /** @description The market */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminMarket"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Would leave no default market, or put a country in two active markets, or the handle is taken (`conflict`) */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/markets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One market */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The market */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminMarket"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such market (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a market; `is_default: true` moves the default to it
         * @description Markets are deactivated (`is_active: false`), never deleted: orders and carts keep naming them.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MarketUpdate"];
                };
            };
            responses: {
                /** @description The market after the change */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminMarket"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such market (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Would leave no default market, or put a country in two active markets, or the handle is taken (`conflict`) */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        trace?: never;
    };
    "/api/admin/currencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Currencies prices can be in, with their rounding rules */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The currencies */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CurrencyList"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/currencies/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add a currency or change how converted prices in it are rounded
         * @description The exponent is ISO 4217's and not settable. A rounding change re-prices every product.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CurrencyInput"];
                };
            };
            responses: {
                /** @description The currency */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Currency"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/exchange-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exchange rates used to convert prices without an explicit one */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The rates */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExchangeRateList"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/exchange-rates/{base}/{quote}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a rate: one `base` buys `rate` of `quote`; every converted price is recomputed */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    base: string;
                    quote: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ExchangeRateInput"];
                };
            };
            responses: {
                /** @description The rate */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExchangeRate"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        /** Remove a rate (products then have no converted price in `quote`, only explicit ones) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    base: string;
                    quote: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such rate (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad currency code (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/price-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Price lists, newest first: one explicit list per currency, and sales */
        get: {
            parameters: {
                query?: {
                    currency?: string;
                    /** @description `price`: the one list of explicit prices per currency; `sale`: overrides while it runs */
                    kind?: "price" | "sale";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of price lists */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PriceListPage"];
                    };
                };
                /** @description Bad cursor (`invalid_cursor`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id or query (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        /** Create the explicit price list of a currency, or a sale with a start (and an end) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PriceListInput"];
                };
            };
            responses: {
                /** @description The list */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PriceList"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The currency already has its price list (`conflict`) */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/price-lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One price list, with how many prices it holds and whether it runs now */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The list */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PriceList"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such price list (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id or query (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        post?: never;
        /** Delete a list and its prices (products fall back to converted prices) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such price list (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id or query (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        options?: never;
        head?: never;
        /** Rename a list, move a sale's window, or switch a list on or off (prices follow at once) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PriceListUpdate"];
                };
            };
            responses: {
                /** @description The list after the change */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PriceList"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such price list (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        trace?: never;
    };
    "/api/admin/price-lists/{id}/prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A list's prices in the list's currency, optionally of one product */
        get: {
            parameters: {
                query?: {
                    product_id?: number;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of prices */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PricePage"];
                    };
                };
                /** @description Bad cursor (`invalid_cursor`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such price list (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id or query (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        /**
         * Set up to 1,000 prices at once (products and variants), in one transaction
         * @description Amounts are decimals in the list's currency with at most its decimal places (none for JPY). A target that is no product, or a variant of another product, refuses the whole request (422 naming the item); nothing is written.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PricesSet"];
                };
            };
            responses: {
                /** @description How many prices changed, and the products re-priced */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PricesWritten"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such price list (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/price-lists/{id}/prices/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove up to 1,000 prices from a list */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PricesDelete"];
                };
            };
            responses: {
                /** @description How many went */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PricesDeleted"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such price list (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook endpoints, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description The `next_cursor` of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of endpoints */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookEndpointList"];
                    };
                };
                /** @description Bad cursor (`invalid_cursor`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id or query (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        /**
         * Subscribe a URL to events; the answer shows its signing secret, once
         * @description Deliveries are signed the Standard Webhooks way (`webhook-id`, `webhook-timestamp`, `webhook-signature`). The URL must be https on a public address in production; link-local and metadata targets are refused everywhere (422 naming `url`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WebhookEndpointInput"];
                };
            };
            responses: {
                /** @description The endpoint, with its secret */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedWebhookEndpoint"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
                /** @description The URL could not be checked (DNS unavailable; `upstream_unavailable`) */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One webhook endpoint */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The endpoint */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookEndpoint"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such endpoint (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id or query (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        /**
         * Change an endpoint: url, topics, description, active
         * @description `active: true` switches an endpoint on again after it was disabled for failing; pending deliveries of a switched-off endpoint are dead-lettered (replay them).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WebhookEndpointUpdate"];
                };
            };
            responses: {
                /** @description The endpoint after the change */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookEndpoint"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such endpoint (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
                /** @description The URL could not be checked (DNS unavailable; `upstream_unavailable`) */
                503: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Delete an endpoint and its delivery log */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such endpoint (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id or query (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the signing secret; the old one keeps signing for 24 hours
         * @description During the window every delivery carries both signatures, so receivers can switch secrets without missing one.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The new secret, shown only now */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RotatedWebhookSecret"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such endpoint (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id or query (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An endpoint's deliveries, newest first: status, attempts, answer and timing, next retry */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description The `next_cursor` of the previous page */
                    cursor?: string;
                    status?: "pending" | "succeeded" | "dead";
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of deliveries */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDeliveryList"];
                    };
                };
                /** @description Bad cursor (`invalid_cursor`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such endpoint (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id or query (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/webhook-deliveries/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again (a dead one, or a pending one now), with the same webhook-id */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Queued: the delivery as it now stands */
                202: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDelivery"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but not an admin (`forbidden`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such delivery (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Its endpoint is switched off, or an attempt is running right now (`conflict`) */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id or query (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Orders across customers, filtered, newest or largest first
         * @description `q` is an order number (exact), an email address (exact, any case) or the start of a customer name. A total range (`total_min`, `total_max`) is in `currency`, which it requires. Keyset-paginated: follow `next_cursor`.
         */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "confirmed" | "processing" | "shipped" | "delivered" | "cancelled" | "refunded";
                    payment_status?: "pending" | "authorized" | "paid" | "failed" | "refunded" | "voided";
                    fulfillment_status?: "unfulfilled" | "processing" | "shipped" | "delivered" | "cancelled" | "returned";
                    /** @description Placed at or after (inclusive) */
                    created_from?: string;
                    /** @description Placed before (exclusive) */
                    created_to?: string;
                    /** @description An order number, an email address, or the start of a customer name */
                    q?: string;
                    customer_id?: number;
                    currency?: string;
                    /** @description Total at least this, in `currency` (required with a total range) */
                    total_min?: number | null;
                    /** @description Total at most this, in `currency` */
                    total_max?: number | null;
                    /** @description `newest` first, or the largest `total` first */
                    sort?: "newest" | "total";
                    limit?: number;
                    /** @description The `next_cursor` of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of orders */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminOrderList"];
                    };
                };
                /** @description Bad cursor (`invalid_cursor`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A filter is not valid (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/orders/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The filtered order list as CSV, newest first, streamed page by page
         * @description Takes the filters of the order list. Amounts carry their currency’s decimal places; cells that a spreadsheet would run as a formula are prefixed with `'`.
         */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "confirmed" | "processing" | "shipped" | "delivered" | "cancelled" | "refunded";
                    payment_status?: "pending" | "authorized" | "paid" | "failed" | "refunded" | "voided";
                    fulfillment_status?: "unfulfilled" | "processing" | "shipped" | "delivered" | "cancelled" | "returned";
                    /** @description Placed at or after (inclusive) */
                    created_from?: string;
                    /** @description Placed before (exclusive) */
                    created_to?: string;
                    /** @description An order number, an email address, or the start of a customer name */
                    q?: string;
                    customer_id?: number;
                    currency?: string;
                    /** @description Total at least this, in `currency` (required with a total range) */
                    total_min?: number | null;
                    /** @description Total at most this, in `currency` */
                    total_max?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The CSV, one line per order after the header */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A filter is not valid (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One order with its customer and its full event history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The order */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminOrderDetail"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such order (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A filter is not valid (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accounts, newest first; `q` searches the start of the email and the names */
        get: {
            parameters: {
                query?: {
                    /** @description The start of an email address, a first name or a last name (any case) */
                    q?: string;
                    role?: "customer" | "staff" | "admin";
                    is_active?: "true" | "false";
                    limit?: number;
                    /** @description The `next_cursor` of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of accounts */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CustomerList"];
                    };
                };
                /** @description Bad cursor (`invalid_cursor`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id or query (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One account with its order count, lifetime spend and last order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The account */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CustomerDetail"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such account (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id or query (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Disable or enable an account, or change its role
         * @description Disabling signs the account out everywhere; a role change takes effect on its next request (tokens of the old role are refused). An admin cannot disable or demote their own account (409 `conflict`).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CustomerUpdate"];
                };
            };
            responses: {
                /** @description The account after the change */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CustomerDetail"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such account (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Your own account (`conflict`) */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        trace?: never;
    };
    "/api/admin/customers/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail the account a password reset link
         * @description The link voids earlier ones; the account keeps its password until the link is used.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The mail is queued */
                202: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Accepted"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such account (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The account is disabled (`conflict`) */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id or query (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/inventory/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record stock received, damaged, corrected or recounted
         * @description Changes the stock and writes its movement in one transaction. A product with variants is adjusted per variant. An adjustment that would leave the stock below 0 is refused (409 `insufficient_stock`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InventoryAdjustment"];
                };
            };
            responses: {
                /** @description The stock after the adjustment, and its movement */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InventoryAdjustmentResult"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such product or variant (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not enough stock, or the product’s stock is held by its variants (`insufficient_stock`, `conflict`) */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/inventory/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The inventory ledger, newest first: every stock change with its reason, actor and order */
        get: {
            parameters: {
                query?: {
                    product_id?: number;
                    variant_id?: number;
                    order_id?: number;
                    reason?: "initial" | "sale" | "cancel" | "refund" | "received" | "damaged" | "correction" | "recount" | "edit";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of movements */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InventoryMovementList"];
                    };
                };
                /** @description Bad cursor (`invalid_cursor`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A filter is not valid (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/inventory/low-stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Products and variants at or under their product's low-stock threshold (or `threshold`), lowest first */
        get: {
            parameters: {
                query?: {
                    /** @description Instead of each product's own low_stock_threshold */
                    threshold?: number | null;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of stock items */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LowStockList"];
                    };
                };
                /** @description Bad cursor (`invalid_cursor`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A filter is not valid (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every write made by a staff or admin account, newest first
         * @description Recorded in the same transaction as the write. Secrets and password hashes are never recorded.
         */
        get: {
            parameters: {
                query?: {
                    entity_type?: string;
                    /** @description With entity_type: one record’s history */
                    entity_id?: string;
                    actor_id?: number;
                    action?: "insert" | "update" | "delete";
                    from?: string;
                    to?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of entries */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditList"];
                    };
                };
                /** @description Bad cursor (`invalid_cursor`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A filter is not valid (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/discounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Discount codes, newest first, with their usage and whether checkout takes them now */
        get: {
            parameters: {
                query?: {
                    /** @description The start of a code, any case */
                    q?: string;
                    is_active?: "true" | "false";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of discounts */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DiscountList"];
                    };
                };
                /** @description Bad cursor (`invalid_cursor`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id or query (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        /** Create a discount code: percent or fixed, with a minimum subtotal, a validity window and usage limits */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DiscountInput"];
                };
            };
            responses: {
                /** @description The discount */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Discount"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The code exists, in any case (`conflict`) */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/discounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One discount with its usage */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The discount */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Discount"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such discount (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id or query (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        post?: never;
        /** Deactivate a discount: checkout refuses it from now on; it stays listed with its usage */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The discount, inactive */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Discount"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such discount (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id or query (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        options?: never;
        head?: never;
        /** Change a discount; the code and kind stay (orders refer to the code) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DiscountUpdate"];
                };
            };
            responses: {
                /** @description The discount after the change */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Discount"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such discount (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        trace?: never;
    };
    "/api/admin/shipping-methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every shipping method, active or not, in display order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The methods */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminShippingMethodList"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        /** Add a shipping method */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ShippingMethodInput"];
                };
            };
            responses: {
                /** @description The method */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminShippingMethod"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The code exists (`conflict`) */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/shipping-methods/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a shipping method; orders keep the code they were placed with */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such shipping method (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad code (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        options?: never;
        head?: never;
        /** Change a shipping method: name, rate, free-over threshold, delivery days, position, active */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ShippingMethodUpdate"];
                };
            };
            responses: {
                /** @description The method after the change */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminShippingMethod"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such shipping method (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        trace?: never;
    };
    "/api/admin/tax-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tax rates by country and region */
        get: {
            parameters: {
                query?: {
                    country?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The rates */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaxRateList"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad country (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        /** Add a tax rate for a country, or for one of its regions */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TaxRateInput"];
                };
            };
            responses: {
                /** @description The rate */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaxRate"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description This country and region have a rate (`conflict`) */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/tax-rates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a tax rate: orders to that place are untaxed, or taxed at the country’s rate for a region */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such tax rate (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        options?: never;
        head?: never;
        /** Change a rate, or whether it taxes shipping */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TaxRateUpdate"];
                };
            };
            responses: {
                /** @description The rate after the change */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaxRate"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such tax rate (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The body fails validation (`validation_failed`, issues in `details`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        trace?: never;
    };
    "/api/admin/shipping-methods/{code}/rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A shipping method's rates per currency (without one, checkout converts the base rate) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The rates, by currency */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShippingRateList"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such shipping method (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad code (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/shipping-methods/{code}/rates/{currency}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a shipping method's rate and free-over threshold in a currency other than the base one */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    currency: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ShippingRateInput"];
                };
            };
            responses: {
                /** @description The rate, replaced */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShippingRate"];
                    };
                };
                /** @description The rate, new */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ShippingRate"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such shipping method (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The method went away meanwhile (`conflict`) */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A bad body, a currency the store does not have, or the base currency (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        /** Remove a method's rate in a currency: checkout converts the base rate again */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    currency: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such method, or no rate in that currency (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad code or currency (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/discounts/{id}/amounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A discount's amounts per currency (a fixed code applies only in the base currency and these) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The amounts, by currency */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DiscountAmountList"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such discount (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/discounts/{id}/amounts/{currency}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a discount's amount off (fixed codes) and minimum subtotal in a currency other than the base one
         * @description A fixed code needs `amount_off_minor`; a percent code takes only `min_subtotal_minor` (its minimum elsewhere is converted).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    currency: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DiscountAmountInput"];
                };
            };
            responses: {
                /** @description The amounts, replaced */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DiscountAmount"];
                    };
                };
                /** @description The amounts, new */
                201: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DiscountAmount"];
                    };
                };
                /** @description Malformed JSON (`invalid_json`) */
                400: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such discount (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description The discount went away meanwhile (`conflict`) */
                409: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A bad body, a currency the store does not have, or the base currency (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        /** Remove a discount's amounts in a currency: a fixed code no longer applies there */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    currency: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                204: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No such discount, or no amounts in that currency (`not_found`) */
                404: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Bad id or currency (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/analytics/sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Orders, revenue, refunds, average order value, units and new vs returning customers, per period and currency
         * @description Revenue is the order totals of orders not cancelled, on the day they were placed; refunds count on the day of the refund.
         */
        get: {
            parameters: {
                query: {
                    /** @description First UTC day, inclusive */
                    from: string;
                    /** @description Last UTC day, inclusive */
                    to: string;
                    interval?: "day" | "week" | "month";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One bucket per period and currency with sales */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SalesReport"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A bad range or filter (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/analytics/top-products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Best sellers by units or revenue, per product or per category
         * @description Revenue is the lines’ totals after their discount share, in `currency` (required to rank by revenue).
         */
        get: {
            parameters: {
                query: {
                    /** @description First UTC day, inclusive */
                    from: string;
                    /** @description Last UTC day, inclusive */
                    to: string;
                    by?: "revenue" | "units";
                    group?: "product" | "category";
                    /** @description Required to rank by revenue */
                    currency?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The ranking */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TopReport"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A bad range or filter (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/analytics/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Top and zero-result queries, the keyword-fallback rate, and embedding tokens and cost per day (queries and indexing)
         * @description Queries are compared lower-cased with their spaces collapsed. Embedding figures are what OpenRouter reported: for the searches’ query embeddings, and for the product embeddings made while indexing (queue consumer and reindex script), each product version counted once.
         */
        get: {
            parameters: {
                query: {
                    /** @description First UTC day, inclusive */
                    from: string;
                    /** @description Last UTC day, inclusive */
                    to: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report */
                200: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SearchReport"];
                    };
                };
                /** @description No valid access token (`unauthenticated`) */
                401: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Signed in, but the role may not use this endpoint (`forbidden`, `details.roles`) */
                403: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description A bad range or filter (`validation_failed`) */
                422: {
                    headers: {
                        "X-Request-Id": components["headers"]["X-Request-Id"];
                        "Server-Timing": components["headers"]["Server-Timing"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                500: components["responses"]["InternalError"];
            };
        };
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
        /**
         * @example {
         *       "error": {
         *         "code": "not_found",
         *         "message": "Product not found",
         *         "request_id": "b3c1…"
         *       }
         *     }
         */
        Error: {
            error: {
                code: string;
                message: string;
                details?: unknown;
                request_id: string;
            };
        };
        /**
         * @example {
         *       "status": "degraded",
         *       "dependencies": {
         *         "database": {
         *           "status": "up",
         *           "latency_ms": 4
         *         },
         *         "cache": {
         *           "status": "down",
         *           "latency_ms": 1000,
         *           "error": "timed out after 1000 ms"
         *         }
         *       },
         *       "degraded": [
         *         "cache"
         *       ]
         *     }
         */
        Health: {
            /** @enum {string} */
            status: "ok" | "degraded" | "down";
            dependencies: {
                [key: string]: components["schemas"]["DependencyStatus"];
            };
            degraded: string[];
        };
        DependencyStatus: {
            /** @enum {string} */
            status: "up" | "down" | "not_configured";
            latency_ms: number | null;
            error?: string;
        };
        AuthResponse: {
            access_token: string;
            refresh_token: string;
            /** @enum {string} */
            token_type: "Bearer";
            /** @example 900 */
            expires_in: number;
            user: components["schemas"]["User"];
        };
        User: {
            id: number;
            email: string;
            username: string | null;
            first_name: string | null;
            last_name: string | null;
            phone: string | null;
            date_of_birth: string | null;
            shipping_address: components["schemas"]["PostalAddress"];
            billing_address: components["schemas"]["PostalAddress"];
            preferences: {
                currency: string;
                language: string;
                newsletter_subscribed: boolean;
                marketing_emails: boolean;
            };
            is_active: boolean;
            is_admin: boolean;
            /**
             * @description admin: everything; staff: orders and fulfilment, customers and catalogue read-only
             * @enum {string}
             */
            role: "customer" | "staff" | "admin";
            is_verified: boolean;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            last_login: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            updated_at: string;
        };
        /**
         * @example {
         *       "line1": "1 Market St",
         *       "city": "San Francisco",
         *       "region": "CA",
         *       "postal_code": "94105",
         *       "country": "US"
         *     }
         */
        PostalAddress: {
            first_name?: string | null;
            last_name?: string | null;
            company?: string | null;
            line1: string;
            line2?: string | null;
            city: string;
            region?: string | null;
            postal_code: string;
            /** @example US */
            country: string;
            phone?: string | null;
        } | null;
        /**
         * @example {
         *       "email": "ada@example.com",
         *       "password": "correct horse battery",
         *       "first_name": "Ada"
         *     }
         */
        RegisterBody: {
            /** @example ada@example.com */
            email: string;
            /** @example correct horse battery */
            password: string;
            /** @example ada */
            username?: string;
            first_name?: string | null;
            last_name?: string | null;
            phone?: string | null;
            /**
             * Format: date
             * @example 1990-12-10
             */
            date_of_birth?: string | null;
            preferences?: {
                currency?: string;
                language?: string;
                newsletter_subscribed?: boolean;
                marketing_emails?: boolean;
            };
        };
        /**
         * @example {
         *       "email": "ada@example.com",
         *       "password": "correct horse battery"
         *     }
         */
        LoginBody: {
            email?: string;
            username?: string;
            password: string;
        };
        /**
         * @example {
         *       "refresh_token": "rt_Zk3qV9xW2mN8pL4sT6yB1cD5fG7hJ0aE"
         *     }
         */
        RefreshBody: {
            refresh_token: string;
        };
        /**
         * @example {
         *       "token": "vt_Qm4nP8rS2tU6wX0yZ3aB5cD7eF9gH1jK"
         *     }
         */
        TokenBody: {
            token: string;
        };
        Accepted: {
            /** @enum {string} */
            status: "accepted";
        };
        ForgotPasswordBody: {
            /** @example ada@example.com */
            email: string;
        };
        ResetPasswordBody: {
            token: string;
            /** @example correct horse battery */
            new_password: string;
        };
        /**
         * @example {
         *       "first_name": "Ada",
         *       "preferences": {
         *         "currency": "EUR",
         *         "newsletter_subscribed": true
         *       }
         *     }
         */
        ProfileUpdate: {
            /** @example ada */
            username?: string | null;
            first_name?: string | null;
            last_name?: string | null;
            phone?: string | null;
            /**
             * Format: date
             * @example 1990-12-10
             */
            date_of_birth?: string | null;
            preferences?: {
                currency?: string;
                language?: string;
                newsletter_subscribed?: boolean;
                marketing_emails?: boolean;
            };
        };
        PasswordChange: {
            current_password: string;
            /** @example correct horse battery */
            new_password: string;
        };
        AddressList: {
            data: components["schemas"]["Address"][];
            next_cursor: string | null;
        };
        Address: {
            id: number;
            first_name: string | null;
            last_name: string | null;
            company: string | null;
            line1: string;
            line2: string | null;
            city: string;
            region: string | null;
            postal_code: string;
            country: string;
            phone: string | null;
            is_default_shipping: boolean;
            is_default_billing: boolean;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            updated_at: string;
        };
        AddressInput: {
            first_name?: string | null;
            last_name?: string | null;
            company?: string | null;
            line1: string;
            line2?: string | null;
            city: string;
            region?: string | null;
            postal_code: string;
            /** @example US */
            country: string;
            phone?: string | null;
            is_default_shipping?: boolean;
            is_default_billing?: boolean;
        };
        AddressUpdate: {
            first_name?: string | null;
            last_name?: string | null;
            company?: string | null;
            line1?: string;
            line2?: string | null;
            city?: string;
            region?: string | null;
            postal_code?: string;
            /** @example US */
            country?: string;
            phone?: string | null;
            is_default_shipping?: boolean;
            is_default_billing?: boolean;
        };
        ProductList: {
            data: components["schemas"]["ProductSummary"][];
            next_cursor: string | null;
            market: components["schemas"]["MarketInfo"];
            facets?: components["schemas"]["FacetCounts"];
        };
        ProductSummary: {
            id: number;
            name: string;
            slug: string;
            short_description: string | null;
            sku: string;
            price: number;
            compare_at_price: number | null;
            currency: string;
            category: string | null;
            brand: string | null;
            tags: string[];
            stock_quantity: number;
            in_stock: boolean;
            primary_image_url: string | null;
            thumbnail_url: string | null;
            is_active: boolean;
            is_featured: boolean;
            is_digital: boolean;
            has_variants: boolean;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            updated_at: string;
        };
        /**
         * @example {
         *       "handle": "eu",
         *       "name": "Euro area",
         *       "currency": "EUR",
         *       "currency_exponent": 2,
         *       "tax_inclusive": true,
         *       "locale": "en-IE"
         *     }
         */
        MarketInfo: {
            handle: string;
            name: string;
            /** @description ISO 4217; every amount in the response is in it */
            currency: string;
            /** @description Decimal places of the currency (0 for JPY) */
            currency_exponent: number;
            /** @description Prices include tax (EU/UK style) or not (US style) */
            tax_inclusive: boolean;
            locale: string;
        };
        /**
         * @description Counts under the current filters, each facet's own filter left out (choosing a brand still counts the other brands)
         * @example {
         *       "brand": [
         *         {
         *           "value": "Acme",
         *           "count": 120
         *         }
         *       ],
         *       "price": [
         *         {
         *           "min_price": 20,
         *           "max_price": 49.99,
         *           "count": 310
         *         }
         *       ]
         *     }
         */
        FacetCounts: {
            /** @description Per category slug: the products in it or below it (parents first) */
            category?: {
                value: string;
                count: number;
                label: string;
                parent: string | null;
            }[];
            brand?: {
                value: string;
                count: number;
            }[];
            tags?: {
                value: string;
                count: number;
            }[];
            in_stock?: {
                value: boolean;
                count: number;
            }[];
            /** @description Bands of the 1-2-5 ladder that hold products, cheapest first; min_price and max_price are the filter values that select one */
            price?: {
                min_price: number;
                max_price: number;
                count: number;
            }[];
        };
        Product: {
            id: number;
            name: string;
            slug: string;
            short_description: string | null;
            sku: string;
            price: number;
            compare_at_price: number | null;
            currency: string;
            category: string | null;
            brand: string | null;
            tags: string[];
            stock_quantity: number;
            in_stock: boolean;
            primary_image_url: string | null;
            thumbnail_url: string | null;
            is_active: boolean;
            is_featured: boolean;
            is_digital: boolean;
            has_variants: boolean;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            updated_at: string;
            description: string | null;
            /** @description Admins only */
            cost_price?: number | null;
            weight: number | null;
            dimensions: components["schemas"]["Dimensions"];
            meta_title: string | null;
            meta_description: string | null;
            meta_keywords: string[];
            version: number;
            images: components["schemas"]["ProductImage"][];
            variants: components["schemas"]["Variant"][];
            market?: components["schemas"]["MarketInfo"] & unknown;
        };
        /**
         * @example {
         *       "length": 30,
         *       "width": 20,
         *       "height": 10
         *     }
         */
        Dimensions: {
            length: number;
            width: number;
            height: number;
        } | null;
        /**
         * @example {
         *       "id": 17,
         *       "url": "https://res.cloudinary.com/demo/image/upload/v1764057600/products/3f9c2d1e.jpg",
         *       "public_id": "products/3f9c2d1e",
         *       "alt_text": "Headphones, side view",
         *       "width": 1200,
         *       "height": 900,
         *       "is_primary": true,
         *       "position": 0,
         *       "thumbnail_url": "https://res.cloudinary.com/demo/image/upload/c_thumb,w_150,h_150,g_auto/f_auto,q_auto/v1764057600/products/3f9c2d1e.jpg",
         *       "medium_url": "https://res.cloudinary.com/demo/image/upload/c_fit,w_400,h_400/f_auto,q_auto/v1764057600/products/3f9c2d1e.jpg",
         *       "large_url": "https://res.cloudinary.com/demo/image/upload/c_fit,w_800,h_800/f_auto,q_auto/v1764057600/products/3f9c2d1e.jpg"
         *     }
         */
        ProductImage: {
            id: number;
            url: string;
            public_id: string | null;
            alt_text: string | null;
            width: number | null;
            height: number | null;
            is_primary: boolean;
            position: number;
            thumbnail_url: string;
            medium_url: string;
            large_url: string;
        };
        Variant: {
            id: number;
            product_id: number;
            sku: string;
            name: string;
            options: {
                [key: string]: string;
            };
            /** @description Overrides the product price when set */
            price: number | null;
            effective_price: number;
            stock_quantity: number;
            in_stock: boolean;
            is_active: boolean;
            position: number;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            updated_at: string;
        };
        /**
         * @example {
         *       "name": "Wireless Bluetooth Headphones",
         *       "description": "High-quality wireless headphones with noise cancellation",
         *       "short_description": "Premium wireless headphones",
         *       "sku": "WBH-001",
         *       "price": 199.99,
         *       "compare_at_price": 249.99,
         *       "cost_price": 120,
         *       "category": "electronics",
         *       "brand": "AudioTech",
         *       "tags": [
         *         "wireless",
         *         "bluetooth",
         *         "headphones"
         *       ],
         *       "stock_quantity": 50,
         *       "weight": 0.25,
         *       "dimensions": {
         *         "length": 20,
         *         "width": 18,
         *         "height": 8
         *       },
         *       "meta_title": "Wireless Bluetooth Headphones | AudioTech",
         *       "meta_description": "Premium wireless headphones with active noise cancellation",
         *       "primary_image_url": "https://res.cloudinary.com/demo/image/upload/v1/products/wbh-001.jpg",
         *       "images": [
         *         {
         *           "url": "https://res.cloudinary.com/demo/image/upload/v1/products/wbh-001.jpg",
         *           "alt_text": "Headphones",
         *           "is_primary": true
         *         }
         *       ],
         *       "is_featured": true
         *     }
         */
        ProductCreate: {
            name: string;
            slug?: string;
            description?: string | null;
            short_description?: string | null;
            sku: string;
            /** @example 99.99 */
            price: number;
            /** @example 99.99 */
            compare_at_price?: number | null;
            /** @example 99.99 */
            cost_price?: number | null;
            category?: string | null;
            brand?: string | null;
            /** @default [] */
            tags?: string[];
            /** @default 0 */
            stock_quantity?: number;
            /** @description Kilograms */
            weight?: number | null;
            dimensions?: components["schemas"]["Dimensions"];
            meta_title?: string | null;
            meta_description?: string | null;
            /** @default [] */
            meta_keywords?: string[];
            /** @default true */
            is_active?: boolean;
            /** @default false */
            is_featured?: boolean;
            /** @default false */
            is_digital?: boolean;
            /** Format: uri */
            primary_image_url: string;
            images: components["schemas"]["ImageInput"][];
        };
        /**
         * @example {
         *       "url": "https://res.cloudinary.com/demo/image/upload/v1764057600/products/3f9c2d1e.jpg",
         *       "public_id": "products/3f9c2d1e",
         *       "alt_text": "Headphones, side view",
         *       "width": 1200,
         *       "height": 900,
         *       "is_primary": true
         *     }
         */
        ImageInput: {
            /** Format: uri */
            url: string;
            public_id?: string;
            alt_text?: string;
            width?: number;
            height?: number;
            /** @default false */
            is_primary?: boolean;
        };
        ProductUpdate: {
            name?: string;
            slug?: string;
            description?: string | null;
            short_description?: string | null;
            sku?: string;
            /** @example 99.99 */
            price?: number;
            /** @example 99.99 */
            compare_at_price?: number | null;
            /** @example 99.99 */
            cost_price?: number | null;
            category?: string | null;
            brand?: string | null;
            tags?: string[];
            stock_quantity?: number;
            /** @description Kilograms */
            weight?: number | null;
            dimensions?: components["schemas"]["Dimensions"];
            meta_title?: string | null;
            meta_description?: string | null;
            meta_keywords?: string[];
            is_active?: boolean;
            is_featured?: boolean;
            is_digital?: boolean;
            /** Format: uri */
            primary_image_url?: string;
            images?: components["schemas"]["ImageInput"][];
        };
        CategoryTree: {
            /** @description The whole tree, depth first: each category is followed by its children (by position, then name); parent_id and depth place it */
            data: components["schemas"]["Category"][];
        };
        /**
         * @example {
         *       "id": 7,
         *       "parent_id": 2,
         *       "slug": "headphones",
         *       "name": "Headphones",
         *       "description": "Over-ear, in-ear and wireless",
         *       "image_url": null,
         *       "seo_title": "Headphones",
         *       "seo_description": null,
         *       "position": 0,
         *       "depth": 1,
         *       "created_at": "2026-11-25T10:00:00.000Z",
         *       "updated_at": "2026-11-25T10:00:00.000Z"
         *     }
         */
        Category: {
            id: number;
            parent_id: number | null;
            slug: string;
            name: string;
            description: string | null;
            image_url: string | null;
            seo_title: string | null;
            seo_description: string | null;
            /** @description Order among its siblings (then name) */
            position: number;
            /** @description 0 for a root category */
            depth: number;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            updated_at: string;
        };
        /**
         * @example {
         *       "id": 7,
         *       "parent_id": 2,
         *       "slug": "headphones",
         *       "name": "Headphones",
         *       "description": "Over-ear, in-ear and wireless",
         *       "image_url": null,
         *       "seo_title": "Headphones",
         *       "seo_description": null,
         *       "position": 0,
         *       "depth": 1,
         *       "created_at": "2026-11-25T10:00:00.000Z",
         *       "updated_at": "2026-11-25T10:00:00.000Z"
         *     }
         */
        CategoryDetail: components["schemas"]["Category"] & {
            /** @description Its ancestors, from the root down (empty for a root category) */
            breadcrumb: components["schemas"]["CategoryRef"][];
            /** @description Its direct children, by position then name */
            children: components["schemas"]["Category"][];
        };
        CategoryRef: {
            id: number;
            slug: string;
            name: string;
        };
        /**
         * @example {
         *       "name": "Headphones",
         *       "parent_id": 2,
         *       "description": "Over-ear, in-ear and wireless",
         *       "position": 0
         *     }
         */
        CategoryCreate: {
            name: string;
            /** @description Default: from the name */
            slug?: string;
            /** @description null (or absent) for a root category */
            parent_id?: number | null;
            description?: string | null;
            /** Format: uri */
            image_url?: string | null;
            seo_title?: string | null;
            seo_description?: string | null;
            /** @default 0 */
            position?: number;
        };
        /**
         * @description Moving a category (parent_id) moves its whole subtree; position reorders it among its siblings
         * @example {
         *       "parent_id": 3,
         *       "position": 1
         *     }
         */
        CategoryUpdate: {
            name?: string;
            slug?: string;
            /** @description null (or absent) for a root category */
            parent_id?: number | null;
            description?: string | null;
            /** Format: uri */
            image_url?: string | null;
            seo_title?: string | null;
            seo_description?: string | null;
            position?: number;
        };
        CollectionList: {
            data: components["schemas"]["Collection"][];
            next_cursor: string | null;
        };
        /**
         * @example {
         *       "id": 3,
         *       "handle": "trail-ready",
         *       "title": "Trail ready",
         *       "description": "Everything for a day out",
         *       "image_url": null,
         *       "seo_title": "Trail gear",
         *       "seo_description": null,
         *       "kind": "automatic",
         *       "rules": {
         *         "category": "outdoors",
         *         "in_stock": true
         *       },
         *       "position": 0,
         *       "is_active": true,
         *       "created_at": "2026-11-28T10:00:00.000Z",
         *       "updated_at": "2026-11-28T10:00:00.000Z"
         *     }
         */
        Collection: {
            id: number;
            handle: string;
            title: string;
            description: string | null;
            image_url: string | null;
            seo_title: string | null;
            seo_description: string | null;
            /** @enum {string} */
            kind: "manual" | "automatic";
            rules: components["schemas"]["CollectionRules"];
            /** @description Order in the list of collections (then id) */
            position: number;
            is_active: boolean;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            updated_at: string;
        };
        /**
         * @description An automatic collection’s rules; null for a manual one
         * @example {
         *       "category": "outdoors",
         *       "max_price": 50,
         *       "in_stock": true
         *     }
         */
        CollectionRules: {
            /** @description The brand, exactly */
            brand?: string;
            /** @description Any of these tags */
            tags?: string[];
            /**
             * @description In USD, against the current price (sales included); in another market, converted to its currency as a price is (the admin’s rate and rounding)
             * @example 99.99
             */
            min_price?: number;
            /**
             * @description In USD, as min_price
             * @example 99.99
             */
            max_price?: number;
            /** @description A category slug: the category and its descendants */
            category?: string;
            is_featured?: boolean;
            in_stock?: boolean;
        } | null;
        /**
         * @example {
         *       "title": "Staff picks",
         *       "kind": "manual",
         *       "product_ids": [
         *         12,
         *         7,
         *         31
         *       ],
         *       "description": "What we use ourselves"
         *     }
         */
        CollectionCreate: {
            title: string;
            /** @description Default: from the title */
            handle?: string;
            description?: string | null;
            /** Format: uri */
            image_url?: string | null;
            seo_title?: string | null;
            seo_description?: string | null;
            rules?: components["schemas"]["CollectionRules"] & unknown;
            /** @default 0 */
            position?: number;
            /** @default true */
            is_active?: boolean;
            /**
             * @description Fixed once created
             * @default manual
             * @enum {string}
             */
            kind?: "manual" | "automatic";
            /**
             * @description A manual collection’s first products, in order
             * @example [
             *       12,
             *       7,
             *       31
             *     ]
             */
            product_ids?: number[];
        };
        /**
         * @description `rules` replaces an automatic collection’s rules (a manual one has none: 422); the kind is fixed
         * @example {
         *       "title": "Trail ready",
         *       "rules": {
         *         "category": "outdoors",
         *         "max_price": 80
         *       }
         *     }
         */
        CollectionUpdate: {
            title?: string;
            handle?: string;
            description?: string | null;
            /** Format: uri */
            image_url?: string | null;
            seo_title?: string | null;
            seo_description?: string | null;
            rules?: components["schemas"]["CollectionRules"] & unknown;
            position?: number;
            is_active?: boolean;
        };
        /**
         * @example {
         *       "collection_id": 3,
         *       "product_ids": [
         *         12,
         *         7,
         *         31
         *       ]
         *     }
         */
        CollectionProductsResult: {
            collection_id: number;
            product_ids: number[];
        };
        /** @description The whole list, in order: products left out leave the collection */
        CollectionProductsSet: {
            /**
             * @description Product ids in the order shown (the manual order)
             * @example [
             *       12,
             *       7,
             *       31
             *     ]
             */
            product_ids: number[];
        };
        VariantCreate: {
            sku: string;
            name: string;
            /**
             * @default {}
             * @example {
             *       "size": "M",
             *       "color": "Black"
             *     }
             */
            options?: {
                [key: string]: string;
            };
            /**
             * @description Overrides the product price
             * @example 99.99
             */
            price?: number | null;
            /** @default 0 */
            stock_quantity?: number;
            /** @default true */
            is_active?: boolean;
            /** @default 0 */
            position?: number;
        };
        VariantUpdate: {
            sku?: string;
            name?: string;
            options?: {
                [key: string]: string;
            };
            /** @example 99.99 */
            price?: number | null;
            stock_quantity?: number;
            is_active?: boolean;
            position?: number;
        };
        /**
         * @example {
         *       "upload_url": "https://api.cloudinary.com/v1_1/demo/image/upload",
         *       "cloud_name": "demo",
         *       "api_key": "614732895512345",
         *       "timestamp": 1764057600,
         *       "signature": "a3f1…",
         *       "folder": "products",
         *       "public_id": "3f9c2d1e-…",
         *       "allowed_formats": "jpg,png,webp,avif",
         *       "expires_at": "2026-11-25T09:00:00.000Z"
         *     }
         */
        UploadSignature: {
            upload_url: string;
            cloud_name: string;
            api_key: string;
            timestamp: number;
            signature: string;
            folder: string;
            public_id: string;
            allowed_formats: string;
            /** @description Cloudinary refuses the signature an hour after timestamp */
            expires_at: string;
        };
        /**
         * @example {
         *       "product_id": 42
         *     }
         */
        UploadSignatureBody: {
            product_id?: number;
        };
        ProductImages: {
            images: components["schemas"]["ProductImage"][];
        };
        /**
         * @example {
         *       "public_id": "products/3f9c2d1e",
         *       "version": 1764057600,
         *       "signature": "5c0f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7",
         *       "width": 1200,
         *       "height": 900,
         *       "format": "jpg",
         *       "bytes": 182004,
         *       "alt_text": "Headphones, side view"
         *     }
         */
        DirectUploadResult: {
            public_id: string;
            version: number;
            signature: string;
            width: number;
            height: number;
            format: string;
            bytes?: number;
            alt_text?: string;
            is_primary?: boolean;
        } & {
            [key: string]: unknown;
        };
        ImageUploadForm: {
            /** @description One or more image files (jpeg, png, webp, avif; 10 MB each) */
            file?: string[];
            alt_text?: string;
            /** @enum {string} */
            is_primary?: "true" | "false";
        };
        /**
         * @example {
         *       "image_ids": [
         *         19,
         *         17,
         *         18
         *       ]
         *     }
         */
        ImageOrder: {
            image_ids: number[];
        };
        /**
         * @example {
         *       "is_primary": true,
         *       "alt_text": "Headphones, folded"
         *     }
         */
        ImageUpdate: {
            /** @enum {boolean} */
            is_primary?: true;
            alt_text?: string | null;
        };
        WebhookReceived: {
            /** @enum {boolean} */
            received: true;
        };
        StripeWebhookReceived: {
            /** @enum {boolean} */
            received: true;
            /** @description The event was applied before; nothing changed */
            duplicate: boolean;
        };
        /**
         * @example {
         *       "supabase_url": "https://abcdefgh.supabase.co",
         *       "supabase_key": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.anon…",
         *       "cloudinary_cloud_name": "demo",
         *       "stripe_publishable_key": "pk_live_…",
         *       "stripe_api_base": null,
         *       "realtime": {
         *         "stock_topic": "product:{id}",
         *         "stock_event": "stock"
         *       }
         *     }
         */
        ClientConfig: {
            /** @description Supabase project URL for Realtime; null when live updates are off */
            supabase_url: string | null;
            /** @description The public (anon) key; null when SUPABASE_ANON_KEY is not set */
            supabase_key: string | null;
            /** @description Cloudinary cloud of the product images; null when uploads are off */
            cloudinary_cloud_name: string | null;
            /** @description Stripe publishable key (pk_…) for Stripe.js; null when card payments are off */
            stripe_publishable_key: string | null;
            /** @description Local development only: the Stripe stand-in a page confirms payments against instead of Stripe.js; null in production */
            stripe_api_base: string | null;
            /** @description Broadcast channel of live stock levels; payload `{product_id, variant_id, stock_quantity, in_stock}` */
            realtime: {
                /** @description Topic of a product’s stock, `{id}` replaced by the product id */
                stock_topic: string;
                stock_event: string;
            };
        };
        Cart: {
            /** @description null until something is added */
            id: number | null;
            /** @description The cart's market's currency; every amount is in it */
            currency: string;
            /** @description The market the cart is priced in: the one it was last changed in (null: the default, for carts older than markets). A change made in another market moves it there */
            market: string | null;
            items: components["schemas"]["CartLine"][];
            item_count: number;
            subtotal: number;
            has_warnings: boolean;
            /** @description Set only on the response that created a guest cart */
            cart_token: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            updated_at: string | null;
        };
        CartLine: {
            id: number;
            product_id: number;
            variant_id: number | null;
            name: string;
            variant_name: string | null;
            sku: string;
            slug: string;
            image_url: string | null;
            is_digital: boolean;
            /** @description The current price in the cart currency (sales included) */
            unit_price: number;
            quantity: number;
            line_total: number;
            /** @description What can be bought now (0 when not for sale) */
            stock_quantity: number;
            warning: components["schemas"]["CartLineWarning"];
        };
        /** @description Set when the line cannot be bought as it is */
        CartLineWarning: {
            /** @enum {string} */
            code: "insufficient_stock" | "unavailable";
            message: string;
            available: number;
        } | null;
        /**
         * @example {
         *       "product_id": 42,
         *       "quantity": 2
         *     }
         */
        CartItemInput: {
            product_id: number;
            /** @description Required for products with variants */
            variant_id?: number | null;
            /** @default 1 */
            quantity?: number;
        };
        /**
         * @example {
         *       "quantity": 3
         *     }
         */
        CartItemUpdate: {
            /** @description 0 removes the line */
            quantity: number;
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "code": "standard",
         *           "name": "Standard shipping",
         *           "rate": 5.99,
         *           "free_over": 50,
         *           "min_days": 3,
         *           "max_days": 7
         *         }
         *       ]
         *     }
         */
        ShippingMethodList: {
            data: components["schemas"]["ShippingMethod"][];
        };
        ShippingMethod: {
            /** @description What checkout takes as `shipping_method` */
            code: string;
            name: string;
            /** @description The price of shipping an order, in the catalogue’s currency */
            rate: number;
            /** @description Orders whose subtotal after discount reaches this ship free; null: never free */
            free_over: number | null;
            min_days: number;
            max_days: number;
        };
        OrderLookupResult: {
            /** @description Send it in `X-Order-Token` to GET /api/orders/{id}/view until `expires_at` */
            view_token: string;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            expires_at: string;
            order: components["schemas"]["Order"];
        };
        Order: {
            id: number;
            /** @example EC-7K3QX9MP */
            order_number: string;
            /** @enum {string} */
            status: "pending" | "confirmed" | "processing" | "shipped" | "delivered" | "cancelled" | "refunded";
            /** @enum {string} */
            payment_status: "pending" | "authorized" | "paid" | "failed" | "refunded" | "voided";
            /** @enum {string} */
            fulfillment_status: "unfulfilled" | "processing" | "shipped" | "delivered" | "cancelled" | "returned";
            /** @description ISO 4217; every amount of the order is in it, with its decimal places */
            currency: string;
            /** @description The market the order was placed in (null before markets) */
            market: string | null;
            /** @description Prices were gross: tax_amount is included in the total, not added to it */
            tax_inclusive: boolean;
            subtotal: number;
            discount_amount: number;
            shipping_amount: number;
            tax_amount: number;
            /** @description Tax included in the shipping (tax-inclusive orders) */
            shipping_tax_amount: number | null;
            /** @description total_amount - tax_amount */
            net_amount: number;
            total_amount: number;
            discount_code: string | null;
            shipping_method: string | null;
            email: string | null;
            shipping_address: components["schemas"]["OrderAddress"];
            billing_address: components["schemas"]["OrderAddress"];
            carrier: string | null;
            tracking_number: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            estimated_delivery: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            actual_delivery: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            shipped_at: string | null;
            payment_method: string | null;
            payment_id: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            paid_at: string | null;
            payment: components["schemas"]["OrderPayment"];
            notes: string | null;
            items: components["schemas"]["OrderItem"][];
            /** @description The owner's Realtime topic for live status updates */
            realtime_topic: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            updated_at: string;
        };
        /** @description A PostalAddress as snapshotted at checkout */
        OrderAddress: {
            [key: string]: string;
        } | null;
        /** @description The payment at its provider, from the payment ledger; null until a provider took part (or when Stripe was unreachable at checkout: POST /api/orders/{id}/payment-intent) */
        OrderPayment: {
            /** @enum {string} */
            provider: "stripe" | "manual";
            /** @description The provider's payment (a Stripe PaymentIntent id) */
            intent_id: string | null;
            /** @description The PaymentIntent's status as Stripe last reported it (`requires_payment_method`, `requires_action`, `requires_capture`, `succeeded`, `canceled`…) */
            status: string | null;
            /** @description For the order's owner only: confirm the PaymentIntent with it (Stripe.js `confirmCardPayment`); null for anyone else */
            client_secret: string | null;
            /** @enum {string|null} */
            capture_method: "automatic" | "manual" | null;
            amount_authorized: number;
            amount_captured: number;
            amount_refunded: number;
        } | null;
        OrderItem: {
            id: number;
            product_id: number | null;
            variant_id: number | null;
            product_name: string;
            sku: string;
            variant_name: string | null;
            /** @description In the order's currency; gross in a tax-inclusive market */
            unit_price: number;
            quantity: number;
            total_price: number;
            /** @description The line's share of the order discount (tax-inclusive orders; else 0) */
            discount_amount: number;
            /** @description Tax included in the line (tax-inclusive orders; else null) */
            tax_amount: number | null;
            /** @description total_price - discount_amount - tax_amount (tax-inclusive orders; else null) */
            net_amount: number | null;
        };
        /**
         * @example {
         *       "order_number": "EC-7K3QX9MP",
         *       "email": "ada@example.com"
         *     }
         */
        OrderLookupInput: {
            /** @example EC-7K3QX9MP */
            order_number: string;
            /**
             * @description The email the order was placed with
             * @example ada@example.com
             */
            email: string;
        };
        /**
         * @example {
         *       "shipping_address": {
         *         "first_name": "Ada",
         *         "line1": "1 Market St",
         *         "city": "San Francisco",
         *         "region": "CA",
         *         "postal_code": "94105",
         *         "country": "US"
         *       },
         *       "billing_same_as_shipping": true,
         *       "shipping_method": "standard",
         *       "discount_code": "WELCOME10",
         *       "payment_method": "card"
         *     }
         */
        CheckoutInput: {
            shipping_address?: components["schemas"]["PostalAddress"];
            /** @description One of your saved addresses, instead of shipping_address */
            shipping_address_id?: number;
            billing_address?: components["schemas"]["PostalAddress"];
            billing_address_id?: number;
            billing_same_as_shipping?: boolean;
            /**
             * @description `standard` or `express` by default; ignored for all-digital orders
             * @default standard
             */
            shipping_method?: string;
            discount_code?: string;
            /** @example card */
            payment_method: string;
            /**
             * Format: email
             * @description Required for guests
             */
            email?: string;
            notes?: string;
        };
        OrderList: {
            data: components["schemas"]["OrderSummary"][];
            next_cursor: string | null;
        };
        OrderSummary: {
            id: number;
            order_number: string;
            /** @enum {string} */
            status: "pending" | "confirmed" | "processing" | "shipped" | "delivered" | "cancelled" | "refunded";
            /** @enum {string} */
            payment_status: "pending" | "authorized" | "paid" | "failed" | "refunded" | "voided";
            /** @enum {string} */
            fulfillment_status: "unfulfilled" | "processing" | "shipped" | "delivered" | "cancelled" | "returned";
            currency: string;
            total_amount: number;
            item_count: number;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            created_at: string;
        };
        OrderTracking: {
            order_id: number;
            order_number: string;
            /** @enum {string} */
            status: "pending" | "confirmed" | "processing" | "shipped" | "delivered" | "cancelled" | "refunded";
            /** @enum {string} */
            fulfillment_status: "unfulfilled" | "processing" | "shipped" | "delivered" | "cancelled" | "returned";
            carrier: string | null;
            tracking_number: string | null;
            /** @description For known carriers */
            tracking_url: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            shipped_at: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            estimated_delivery: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            actual_delivery: string | null;
            events: components["schemas"]["OrderEvent"][];
        };
        OrderEvent: {
            /** @enum {string} */
            kind: "status" | "payment";
            from_status: string | null;
            to_status: string;
            note: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            at: string;
        };
        /**
         * @example {
         *       "status": "shipped",
         *       "carrier": "ups",
         *       "tracking_number": "1Z999AA10123456784"
         *     }
         */
        OrderStatusUpdate: {
            /** @enum {string} */
            status: "pending" | "confirmed" | "processing" | "shipped" | "delivered" | "cancelled" | "refunded";
            note?: string;
            /** @example ups */
            carrier?: string;
            tracking_number?: string;
            /**
             * Format: date-time
             * @description Default: shipped + the method’s max days
             */
            estimated_delivery?: string;
            /**
             * Format: date-time
             * @description Default: now
             */
            actual_delivery?: string;
        };
        /**
         * @example {
         *       "payment_status": "paid",
         *       "payment_id": "pi_3Nxyz"
         *     }
         */
        PaymentUpdate: {
            /** @enum {string} */
            payment_status: "authorized" | "paid" | "refunded";
            /** @description The payment provider's id */
            payment_id: string;
            note?: string;
        };
        /**
         * @example {
         *       "amount": 10,
         *       "reason": "requested_by_customer",
         *       "restock": false
         *     }
         */
        RefundInput: {
            /** @description In the order's currency; default: all that was captured and not yet refunded */
            amount?: number;
            /**
             * @default requested_by_customer
             * @enum {string}
             */
            reason?: "requested_by_customer" | "duplicate" | "fraudulent";
            note?: string;
            /**
             * @description Put the lines back in stock (shipped or delivered orders; once per order)
             * @default false
             */
            restock?: boolean;
        };
        SearchResults: {
            data: components["schemas"]["SearchHit"][];
            meta: {
                /**
                 * @description `keyword` when semantic search is off or unavailable
                 * @enum {string}
                 */
                mode: "hybrid" | "keyword";
                took_ms: number;
                market: components["schemas"]["MarketInfo"];
            };
            facets?: components["schemas"]["FacetCounts"];
        };
        SearchHit: components["schemas"]["ProductSummary"] & {
            /** @description Reciprocal rank fusion score: higher is better; comparable within one response */
            score: number;
            /**
             * @description Which ranking found the product
             * @enum {string}
             */
            match: "semantic" | "keyword" | "both";
        };
        Suggestions: {
            /** @description At most `limit`: popular queries, categories, brands, then products */
            data: components["schemas"]["Suggestion"][];
        };
        /**
         * @example {
         *       "type": "product",
         *       "text": "Portable Wireless Speaker",
         *       "slug": "portable-wireless-speaker",
         *       "highlights": [
         *         {
         *           "start": 9,
         *           "end": 14
         *         }
         *       ]
         *     }
         */
        Suggestion: {
            /** @enum {string} */
            type: "query" | "category" | "brand" | "product";
            text: string;
            /** @description The category or product slug; null for brands and queries */
            slug: string | null;
            /** @description Spans of `text` that match what was typed (UTF-16 offsets, end exclusive) */
            highlights: {
                start: number;
                end: number;
            }[];
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "handle": "eu",
         *           "name": "Euro area",
         *           "currency": "EUR",
         *           "currency_exponent": 2,
         *           "tax_inclusive": true,
         *           "locale": "en-IE",
         *           "countries": [
         *             "DE",
         *             "FR"
         *           ],
         *           "is_default": false
         *         }
         *       ],
         *       "current": "eu"
         *     }
         */
        MarketList: {
            data: {
                handle: string;
                name: string;
                currency: string;
                currency_exponent: number;
                tax_inclusive: boolean;
                locale: string;
                countries: string[];
                is_default: boolean;
            }[];
            /** @description The handle this request was given (X-Market, preference, country, else the default) */
            current: string;
        };
        AdminMarketList: {
            data: components["schemas"]["AdminMarket"][];
        };
        AdminMarket: {
            id: number;
            handle: string;
            name: string;
            currency: string;
            countries: string[];
            tax_inclusive: boolean;
            default_locale: string;
            is_active: boolean;
            is_default: boolean;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            updated_at: string;
        };
        MarketInput: {
            /**
             * @description Market handle (e.g. `eu`); the X-Market header wins over it
             * @example eu
             */
            handle: string;
            name: string;
            /** @example EUR */
            currency: string;
            /**
             * @description ISO 3166-1 alpha-2 codes; a country belongs to at most one active market
             * @default []
             * @example [
             *       "DE",
             *       "FR"
             *     ]
             */
            countries?: string[];
            /** @default false */
            tax_inclusive?: boolean;
            /**
             * @default en-US
             * @example en-IE
             */
            default_locale?: string;
            /** @default true */
            is_active?: boolean;
            /**
             * @description Making a market the default takes it from the one before
             * @default false
             */
            is_default?: boolean;
        };
        MarketUpdate: {
            name?: string;
            /** @example EUR */
            currency?: string;
            /**
             * @description ISO 3166-1 alpha-2 codes; a country belongs to at most one active market
             * @example [
             *       "DE",
             *       "FR"
             *     ]
             */
            countries?: string[];
            tax_inclusive?: boolean;
            /** @example en-IE */
            default_locale?: string;
            is_active?: boolean;
            /**
             * @description Makes this market the default (another must be made the default to change it)
             * @enum {boolean}
             */
            is_default?: true;
        };
        CurrencyList: {
            data: components["schemas"]["Currency"][];
        };
        Currency: {
            code: string;
            /** @description ISO 4217 decimal places (0 for JPY); amounts of this currency have this many */
            exponent: number;
            rounding_increment: number;
            rounding_ending: number;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            updated_at: string;
        };
        CurrencyInput: {
            /**
             * @description Converted prices round up to a multiple of this many minor units (100 for whole euros)
             * @default 1
             * @example 100
             */
            rounding_increment?: number;
            /**
             * @description then end in this many minor units within the increment (99 with 100: x.99)
             * @default 0
             */
            rounding_ending?: number;
        };
        ExchangeRateList: {
            data: components["schemas"]["ExchangeRate"][];
        };
        ExchangeRate: {
            base: string;
            quote: string;
            rate: string;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            updated_at: string;
        };
        ExchangeRateInput: {
            /**
             * @description Units of `quote` one unit of `base` buys, as a decimal string (numbers are accepted)
             * @example 0.92
             */
            rate: string;
        };
        PriceListPage: {
            data: components["schemas"]["PriceList"][];
            next_cursor: string | null;
        };
        PriceList: {
            id: number;
            name: string;
            /**
             * @description `price`: the one list of explicit prices per currency; `sale`: overrides while it runs
             * @enum {string}
             */
            kind: "price" | "sale";
            currency: string;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            starts_at: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            ends_at: string | null;
            is_active: boolean;
            /** @description Active, and (for a sale) inside its window now */
            running: boolean;
            price_count: number;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            updated_at: string;
        };
        PriceListInput: {
            name: string;
            /**
             * @description `price`: the one list of explicit prices per currency; `sale`: overrides while it runs
             * @enum {string}
             */
            kind: "price" | "sale";
            /** @example EUR */
            currency: string;
            /**
             * Format: date-time
             * @example 2026-12-01T00:00:00Z
             */
            starts_at?: string;
            /**
             * Format: date-time
             * @example 2026-12-01T00:00:00Z
             */
            ends_at?: string;
            /** @default true */
            is_active?: boolean;
        };
        PriceListUpdate: {
            name?: string;
            /**
             * Format: date-time
             * @example 2026-12-01T00:00:00Z
             */
            starts_at?: string;
            /**
             * Format: date-time
             * @example 2026-12-01T00:00:00Z
             */
            ends_at?: string | null;
            is_active?: boolean;
        };
        PricePage: {
            data: components["schemas"]["Price"][];
            next_cursor: string | null;
        };
        Price: {
            product_id: number;
            variant_id: number | null;
            amount: number;
            compare_at_amount: number | null;
            currency: string;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            updated_at: string;
        };
        /**
         * @example {
         *       "written": 2,
         *       "product_ids": [
         *         42,
         *         43
         *       ]
         *     }
         */
        PricesWritten: {
            written: number;
            product_ids: number[];
        };
        PricesSet: {
            items: {
                product_id: number;
                /**
                 * @description null: the product's own price
                 * @default null
                 */
                variant_id?: number | null;
                /**
                 * @description In the list's currency, with at most its decimal places (none for JPY)
                 * @example 24.99
                 */
                amount: number;
                /**
                 * @description In the list's currency, with at most its decimal places (none for JPY)
                 * @default null
                 * @example 24.99
                 */
                compare_at_amount?: number | null;
            }[];
        };
        /**
         * @example {
         *       "deleted": 1
         *     }
         */
        PricesDeleted: {
            deleted: number;
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "product_id": 42,
         *           "variant_id": null
         *         }
         *       ]
         *     }
         */
        PricesDelete: {
            items: {
                product_id: number;
                /**
                 * @description null: the product's own price
                 * @default null
                 */
                variant_id?: number | null;
            }[];
        };
        CreatedWebhookEndpoint: components["schemas"]["WebhookEndpoint"] & {
            /**
             * @description The signing secret (`whsec_<base64>`); shown only now
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        WebhookEndpoint: {
            id: number;
            url: string;
            topics: string[];
            description: string | null;
            active: boolean;
            /**
             * Format: date-time
             * @description Every delivery has failed since then
             * @example 2026-11-25T10:00:00.000Z
             */
            failing_since: string | null;
            /**
             * Format: date-time
             * @description Switched off after failing for 3 days
             * @example 2026-11-25T10:00:00.000Z
             */
            disabled_at: string | null;
            disabled_reason: string | null;
            /**
             * Format: date-time
             * @description Until then the previous secret signs too
             * @example 2026-11-25T10:00:00.000Z
             */
            previous_secret_expires_at: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            updated_at: string;
        };
        WebhookEndpointInput: {
            /**
             * Format: uri
             * @example https://erp.example.com/hooks/shop
             */
            url: string;
            /**
             * @example [
             *       "order.*",
             *       "inventory.low"
             *     ]
             */
            topics: ("*" | "order.*" | "payment.*" | "customer.*" | "product.*" | "inventory.*" | "webhook_endpoint.*" | "order.created" | "order.paid" | "order.status_changed" | "order.shipped" | "order.delivered" | "order.cancelled" | "order.refunded" | "payment.failed" | "customer.created" | "product.created" | "product.updated" | "product.deleted" | "inventory.low" | "webhook_endpoint.disabled")[];
            description?: string;
            /** @default true */
            active?: boolean;
        };
        WebhookEndpointList: {
            data: components["schemas"]["WebhookEndpoint"][];
            next_cursor: string | null;
        };
        WebhookEndpointUpdate: {
            /**
             * Format: uri
             * @example https://erp.example.com/hooks/shop
             */
            url?: string;
            /**
             * @example [
             *       "order.*",
             *       "inventory.low"
             *     ]
             */
            topics?: ("*" | "order.*" | "payment.*" | "customer.*" | "product.*" | "inventory.*" | "webhook_endpoint.*" | "order.created" | "order.paid" | "order.status_changed" | "order.shipped" | "order.delivered" | "order.cancelled" | "order.refunded" | "payment.failed" | "customer.created" | "product.created" | "product.updated" | "product.deleted" | "inventory.low" | "webhook_endpoint.disabled")[];
            description?: string | null;
            /** @description true also re-enables an endpoint switched off for failing */
            active?: boolean;
        };
        RotatedWebhookSecret: {
            /**
             * @description The signing secret (`whsec_<base64>`); shown only now
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
            /**
             * Format: date-time
             * @description Deliveries are signed with both secrets until then
             * @example 2026-11-25T10:00:00.000Z
             */
            previous_secret_expires_at: string;
        };
        WebhookDeliveryList: {
            data: components["schemas"]["WebhookDelivery"][];
            next_cursor: string | null;
        };
        WebhookDelivery: {
            id: number;
            endpoint_id: number;
            event_id: string;
            event_type: string;
            /**
             * @description pending (first attempt or a retry to come), succeeded, or dead (retries spent, refused or the endpoint off)
             * @enum {string}
             */
            status: "pending" | "succeeded" | "dead";
            attempts: number;
            /**
             * Format: date-time
             * @description When a pending delivery is tried next
             * @example 2026-11-25T10:00:00.000Z
             */
            next_attempt_at: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            last_attempt_at: string | null;
            response_status: number | null;
            response_ms: number | null;
            /** @description The start of the answer (at most 1 KB) */
            response_body: string | null;
            error: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            completed_at: string | null;
        };
        AdminOrderList: {
            data: components["schemas"]["AdminOrderSummary"][];
            next_cursor: string | null;
        };
        AdminOrderSummary: {
            id: number;
            order_number: string;
            /** @enum {string} */
            status: "pending" | "confirmed" | "processing" | "shipped" | "delivered" | "cancelled" | "refunded";
            /** @enum {string} */
            payment_status: "pending" | "authorized" | "paid" | "failed" | "refunded" | "voided";
            /** @enum {string} */
            fulfillment_status: "unfulfilled" | "processing" | "shipped" | "delivered" | "cancelled" | "returned";
            currency: string;
            total_amount: number;
            item_count: number;
            email: string | null;
            customer: {
                id: number;
                name: string | null;
            } | null;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            created_at: string;
        };
        AdminOrderDetail: components["schemas"]["Order"] & {
            customer: {
                id: number;
                email: string;
                name: string | null;
            } | null;
            events: (components["schemas"]["OrderEvent"] & {
                actor_user_id: number | null;
            })[];
        };
        CustomerList: {
            data: components["schemas"]["CustomerSummary"][];
            next_cursor: string | null;
        };
        CustomerSummary: {
            id: number;
            email: string;
            first_name: string | null;
            last_name: string | null;
            /** @enum {string} */
            role: "customer" | "staff" | "admin";
            is_active: boolean;
            is_verified: boolean;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            last_login: string | null;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            created_at: string;
        };
        CustomerDetail: components["schemas"]["CustomerSummary"] & {
            phone: string | null;
            /** @description Orders placed, cancelled ones excluded */
            order_count: number;
            /** @description What the customer has paid, per currency: the totals of orders whose payment is `paid` */
            lifetime_spend: {
                currency: string;
                amount: number;
            }[];
            last_order: {
                id: number;
                order_number: string;
                status: string;
                /**
                 * Format: date-time
                 * @example 2026-11-25T10:00:00.000Z
                 */
                created_at: string;
            } | null;
        };
        /**
         * @example {
         *       "is_active": false
         *     }
         */
        CustomerUpdate: {
            /** @description `false` disables the account and signs it out everywhere */
            is_active?: boolean;
            /**
             * @description Takes effect at once: tokens of the old role stop working
             * @enum {string}
             */
            role?: "customer" | "staff" | "admin";
        };
        InventoryAdjustmentResult: {
            stock_quantity: number;
            movement: components["schemas"]["InventoryMovement"];
        };
        /** @description null for a recount that matched the stock */
        InventoryMovement: {
            id: number;
            product_id: number;
            variant_id: number | null;
            delta: number;
            stock_after: number;
            /** @enum {string} */
            reason: "initial" | "sale" | "cancel" | "refund" | "received" | "damaged" | "correction" | "recount" | "edit";
            note: string | null;
            actor_user_id: number | null;
            order_id: number | null;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            created_at: string;
        } | null;
        /**
         * @example {
         *       "product_id": 42,
         *       "reason": "received",
         *       "quantity": 24,
         *       "note": "PO 1187"
         *     }
         */
        InventoryAdjustment: {
            product_id: number;
            /** @description Required for a product with variants: stock is held by its variants */
            variant_id?: number;
            /** @enum {string} */
            reason: "received" | "damaged" | "correction" | "recount";
            /** @description `received`: units added (> 0); `damaged`: units removed (> 0); `correction`: the change, signed, not 0; `recount`: the stock counted (>= 0) */
            quantity: number;
            note?: string;
        };
        InventoryMovementList: {
            data: components["schemas"]["InventoryMovement"][];
            next_cursor: string | null;
        };
        LowStockList: {
            data: components["schemas"]["LowStockItem"][];
            next_cursor: string | null;
        };
        /**
         * @example {
         *       "product_id": 42,
         *       "variant_id": null,
         *       "name": "Linen shirt",
         *       "sku": "LS-001",
         *       "stock_quantity": 2,
         *       "threshold": 5
         *     }
         */
        LowStockItem: {
            product_id: number;
            variant_id: number | null;
            name: string;
            sku: string;
            stock_quantity: number;
            threshold: number;
        };
        AuditList: {
            data: components["schemas"]["AuditEntry"][];
            next_cursor: string | null;
        };
        AuditEntry: {
            id: number;
            actor_user_id: number;
            /** @enum {string} */
            actor_role: "staff" | "admin";
            request_id: string | null;
            /** @enum {string} */
            action: "insert" | "update" | "delete";
            entity_type: string;
            entity_id: string;
            /** @description The changed fields before (the whole record for a delete) */
            before: {
                [key: string]: unknown;
            } | null;
            /** @description The changed fields after (the whole record for an insert) */
            after: {
                [key: string]: unknown;
            } | null;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            created_at: string;
        };
        Discount: {
            id: number;
            code: string;
            /** @enum {string} */
            kind: "percent" | "fixed";
            description: string | null;
            percent_off: number | null;
            amount_off: number | null;
            min_subtotal: number;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            starts_at: string;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            ends_at: string | null;
            usage_limit: number | null;
            usage_count: number;
            per_customer_limit: number | null;
            is_active: boolean;
            /**
             * @description Whether checkout takes it now, and why not
             * @enum {string}
             */
            state: "active" | "scheduled" | "expired" | "used_up" | "inactive";
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            updated_at: string;
        };
        /**
         * @example {
         *       "code": "SPRING10",
         *       "kind": "percent",
         *       "percent_off": 10,
         *       "min_subtotal": 50,
         *       "per_customer_limit": 1
         *     }
         */
        DiscountInput: {
            /**
             * @description Unique whatever the case: stored and matched in upper case
             * @example SPRING10
             */
            code: string;
            /** @enum {string} */
            kind: "percent" | "fixed";
            description?: string | null;
            /** @description For `percent`: 0.01 to 100 */
            percent_off?: number;
            /**
             * @description For `fixed`: in the catalogue’s currency
             * @example 99.99
             */
            amount_off?: number;
            /**
             * @description The order subtotal the code needs, in the catalogue’s currency
             * @default 0
             * @example 99.99
             */
            min_subtotal?: number;
            /**
             * Format: date-time
             * @description Default: now
             */
            starts_at?: string;
            /** Format: date-time */
            ends_at?: string | null;
            /** @description Uses in all; null: unlimited */
            usage_limit?: number | null;
            /** @description Uses per customer (by account or email; cancelled orders do not count); null: unlimited */
            per_customer_limit?: number | null;
            /** @default true */
            is_active?: boolean;
        };
        DiscountList: {
            data: components["schemas"]["Discount"][];
            next_cursor: string | null;
        };
        /**
         * @example {
         *       "is_active": false
         *     }
         */
        DiscountUpdate: {
            description?: string | null;
            /** @description For `percent`: 0.01 to 100 */
            percent_off?: number;
            /**
             * @description For `fixed`: in the catalogue’s currency
             * @example 99.99
             */
            amount_off?: number;
            /**
             * @description The order subtotal the code needs, in the catalogue’s currency
             * @example 99.99
             */
            min_subtotal?: number;
            /** Format: date-time */
            starts_at?: string;
            /** Format: date-time */
            ends_at?: string | null;
            /** @description Uses in all; null: unlimited */
            usage_limit?: number | null;
            /** @description Uses per customer (by account or email; cancelled orders do not count); null: unlimited */
            per_customer_limit?: number | null;
            is_active?: boolean;
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "code": "standard",
         *           "name": "Standard shipping",
         *           "rate": 5.99,
         *           "free_over": 50,
         *           "min_days": 3,
         *           "max_days": 7,
         *           "is_active": true,
         *           "position": 0,
         *           "updated_at": "2026-11-25T10:00:00.000Z"
         *         }
         *       ]
         *     }
         */
        AdminShippingMethodList: {
            data: components["schemas"]["AdminShippingMethod"][];
        };
        AdminShippingMethod: {
            code: string;
            name: string;
            rate: number;
            free_over: number | null;
            min_days: number;
            max_days: number;
            is_active: boolean;
            position: number;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            updated_at: string;
        };
        /**
         * @example {
         *       "code": "pickup",
         *       "name": "Pick up in store",
         *       "rate": 0,
         *       "min_days": 0,
         *       "max_days": 1
         *     }
         */
        ShippingMethodInput: {
            /** @example standard */
            code: string;
            name: string;
            /**
             * @description In the catalogue’s currency
             * @example 99.99
             */
            rate: number;
            /**
             * @description Subtotal after discount from which it ships free; null: never
             * @default null
             * @example 99.99
             */
            free_over?: number | null;
            min_days: number;
            max_days: number;
            /** @default true */
            is_active?: boolean;
            /** @default 0 */
            position?: number;
        };
        /**
         * @example {
         *       "rate": 6.49
         *     }
         */
        ShippingMethodUpdate: {
            name?: string;
            /** @example 99.99 */
            rate?: number;
            /** @example 99.99 */
            free_over?: number | null;
            min_days?: number;
            max_days?: number;
            is_active?: boolean;
            position?: number;
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "id": 1,
         *           "country": "US",
         *           "region": "CA",
         *           "rate": 7.25,
         *           "applies_to_shipping": false,
         *           "updated_at": "2026-11-25T10:00:00.000Z"
         *         }
         *       ]
         *     }
         */
        TaxRateList: {
            data: components["schemas"]["TaxRate"][];
        };
        TaxRate: {
            id: number;
            country: string;
            region: string | null;
            rate: number;
            applies_to_shipping: boolean;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            updated_at: string;
        };
        /**
         * @example {
         *       "country": "US",
         *       "region": "CA",
         *       "rate": 7.25,
         *       "applies_to_shipping": false
         *     }
         */
        TaxRateInput: {
            /** @example US */
            country: string;
            /**
             * @description Narrows the rate to a region; it wins over the country’s own rate
             * @default null
             * @example CA
             */
            region?: string | null;
            /**
             * @description Percent, 0 to under 100, up to 3 decimals
             * @example 7.25
             */
            rate: number;
            /** @default false */
            applies_to_shipping?: boolean;
        };
        /**
         * @example {
         *       "rate": 8
         *     }
         */
        TaxRateUpdate: {
            /**
             * @description Percent, 0 to under 100, up to 3 decimals
             * @example 7.25
             */
            rate?: number;
            applies_to_shipping?: boolean;
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "method_code": "standard",
         *           "currency": "EUR",
         *           "currency_exponent": 2,
         *           "rate_minor": 599,
         *           "free_over_minor": 5000,
         *           "updated_at": "2026-11-25T10:00:00.000Z"
         *         }
         *       ]
         *     }
         */
        ShippingRateList: {
            data: components["schemas"]["ShippingRate"][];
        };
        ShippingRate: {
            method_code: string;
            currency: string;
            /** @description Decimal places of the currency (0 for JPY) */
            currency_exponent: number;
            rate_minor: number;
            free_over_minor: number | null;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            updated_at: string;
        };
        /**
         * @example {
         *       "rate_minor": 599,
         *       "free_over_minor": 5000
         *     }
         */
        ShippingRateInput: {
            /**
             * @description The rate, in the currency's minor units
             * @example 599
             */
            rate_minor: number;
            /**
             * @description Subtotal after discount from which it ships free (null: never), in the currency's minor units
             * @default null
             * @example 599
             */
            free_over_minor?: number | null;
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "discount_id": 7,
         *           "currency": "GBP",
         *           "currency_exponent": 2,
         *           "amount_off_minor": 800,
         *           "min_subtotal_minor": 0,
         *           "updated_at": "2026-11-25T10:00:00.000Z"
         *         }
         *       ]
         *     }
         */
        DiscountAmountList: {
            data: components["schemas"]["DiscountAmount"][];
        };
        DiscountAmount: {
            discount_id: number;
            currency: string;
            currency_exponent: number;
            amount_off_minor: number | null;
            min_subtotal_minor: number;
            /**
             * Format: date-time
             * @example 2026-11-25T10:00:00.000Z
             */
            updated_at: string;
        };
        /**
         * @example {
         *       "amount_off_minor": 800,
         *       "min_subtotal_minor": 4000
         *     }
         */
        DiscountAmountInput: {
            /**
             * @description The amount off (a fixed code; at least 1); null or absent for a percent code, in the currency's minor units
             * @default null
             * @example 599
             */
            amount_off_minor?: number | null;
            /**
             * @description The minimum subtotal, in the currency's minor units
             * @default 0
             * @example 599
             */
            min_subtotal_minor?: number;
        };
        /**
         * @example {
         *       "interval": "day",
         *       "data": [
         *         {
         *           "period": "2026-11-02",
         *           "currency": "USD",
         *           "orders": 12,
         *           "revenue": 1043.5,
         *           "refunds": 0,
         *           "refunded_orders": 0,
         *           "average_order_value": 86.96,
         *           "units": 31,
         *           "new_customer_orders": 7,
         *           "returning_customer_orders": 5
         *         }
         *       ]
         *     }
         */
        SalesReport: {
            /** @enum {string} */
            interval: "day" | "week" | "month";
            data: components["schemas"]["SalesBucket"][];
        };
        SalesBucket: {
            /**
             * @description The first UTC day of the bucket
             * @example 2026-11-02
             */
            period: string;
            currency: string;
            orders: number;
            revenue: number;
            refunds: number;
            refunded_orders: number;
            average_order_value: number;
            units: number;
            new_customer_orders: number;
            returning_customer_orders: number;
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "product_id": 42,
         *           "name": "Linen shirt",
         *           "currency": "USD",
         *           "units": 31,
         *           "revenue": 1240
         *         }
         *       ]
         *     }
         */
        TopReport: {
            data: components["schemas"]["TopEntry"][];
        };
        TopEntry: {
            product_id: number | null;
            /** @description The product’s name, or the category */
            name: string;
            currency: string | null;
            units: number;
            /** @description In `currency`; null when ranking across currencies */
            revenue: number | null;
        };
        /**
         * @example {
         *       "searches": 120,
         *       "keyword_fallback_rate": 0.05,
         *       "zero_result_rate": 0.1,
         *       "top_queries": [
         *         {
         *           "query": "linen shirt",
         *           "searches": 14,
         *           "average_results": 8.5
         *         }
         *       ],
         *       "zero_result_queries": [
         *         {
         *           "query": "wool socks",
         *           "searches": 3
         *         }
         *       ],
         *       "embedding_by_day": [
         *         {
         *           "day": "2026-11-02",
         *           "tokens": 1840,
         *           "cost_usd": 0.0000368,
         *           "indexing_tokens": 52300,
         *           "indexing_cost_usd": 0.001046
         *         }
         *       ],
         *       "embedding_totals": {
         *         "tokens": 1840,
         *         "cost_usd": 0.0000368,
         *         "indexing_tokens": 52300,
         *         "indexing_cost_usd": 0.001046
         *       }
         *     }
         */
        SearchReport: {
            searches: number;
            /** @description Share of searches answered by keyword only (0 to 1) */
            keyword_fallback_rate: number;
            zero_result_rate: number;
            top_queries: {
                query: string;
                searches: number;
                average_results: number;
            }[];
            zero_result_queries: {
                query: string;
                searches: number;
            }[];
            /** @description Per UTC day with searches or indexing: query-embedding and indexing-embedding tokens and cost */
            embedding_by_day: components["schemas"]["EmbeddingDay"][];
            embedding_totals: components["schemas"]["EmbeddingTotals"];
        };
        EmbeddingDay: {
            /**
             * @description UTC day
             * @example 2026-11-02
             */
            day: string;
            /** @description Query embeddings: prompt tokens of the searches’ embeddings (cache hits cost none) */
            tokens: number;
            /** @description Query embeddings: USD, as OpenRouter reported it */
            cost_usd: number;
            /** @description Indexing: prompt tokens of the product embeddings made (each product version once) */
            indexing_tokens: number;
            /** @description Indexing: USD, as OpenRouter reported it */
            indexing_cost_usd: number;
        };
        /** @description The days of `embedding_by_day` summed */
        EmbeddingTotals: {
            /** @description Query embeddings: prompt tokens of the searches’ embeddings (cache hits cost none) */
            tokens: number;
            /** @description Query embeddings: USD, as OpenRouter reported it */
            cost_usd: number;
            /** @description Indexing: prompt tokens of the product embeddings made (each product version once) */
            indexing_tokens: number;
            /** @description Indexing: USD, as OpenRouter reported it */
            indexing_cost_usd: number;
        };
    };
    responses: {
        /** @description Unexpected failure (`internal`), or the deployment is misconfigured (`config_invalid`, naming the variable) */
        InternalError: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Server-Timing": components["headers"]["Server-Timing"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "internal",
                 *         "message": "An unexpected error occurred",
                 *         "request_id": "4f1c2d9e-7b1a-4c3e-9d2f-0a6b5c4d3e21"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A parameter or the body fails validation (`validation_failed`, issues in `details`) */
        ValidationFailed: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Server-Timing": components["headers"]["Server-Timing"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "validation_failed",
                 *         "message": "The request is not valid",
                 *         "details": [
                 *           {
                 *             "path": "limit",
                 *             "code": "too_big",
                 *             "message": "Too big: expected number to be <=100"
                 *           }
                 *         ],
                 *         "request_id": "4f1c2d9e-7b1a-4c3e-9d2f-0a6b5c4d3e21"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The body is not valid JSON (`invalid_json`) */
        InvalidJson: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Server-Timing": components["headers"]["Server-Timing"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "invalid_json",
                 *         "message": "The request body is not valid JSON",
                 *         "request_id": "4f1c2d9e-7b1a-4c3e-9d2f-0a6b5c4d3e21"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Missing, malformed or expired bearer token (`unauthenticated`, with `WWW-Authenticate: Bearer`) */
        Unauthenticated: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Server-Timing": components["headers"]["Server-Timing"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "unauthenticated",
                 *         "message": "Sign in to use this endpoint",
                 *         "request_id": "4f1c2d9e-7b1a-4c3e-9d2f-0a6b5c4d3e21"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Your X-Request-Id when it is short and plain, else one made for this request; also `error.request_id` */
        "X-Request-Id": string;
        /** @description Time spent per dependency: `db`, `cache` (`desc="down"` when Redis is unreachable), `total` */
        "Server-Timing": string;
        /** @description Strong validator of this representation: send it back in `If-None-Match` (a match answers 304) or, on writes, `If-Match` */
        ETag: string;
        /** @description How long shared caches and browsers may keep the answer */
        "Cache-Control": string;
        /** @description Sent when this answer created a guest cart: keep it and send it back in the `X-Cart-Token` request header */
        "X-Cart-Token": string;
        /** @description `true` when this answer is the stored answer to an earlier request with the same `Idempotency-Key` */
        "Idempotent-Replayed": "true";
        /** @description Seconds to wait before retrying */
        "Retry-After": number;
        /** @description The market (handle) the answer is priced in: chosen from X-Market or `market`, the preferred currency, the country, else the default */
        "X-Market": string;
        /** @description Request headers the answer depends on (the market hints and Authorization) */
        Vary: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
