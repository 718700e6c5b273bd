//! Pieces of the OpenAPI document that the derive cannot see: a field kept as text whose
//! value must be one of a list, the list taken from the type that owns it so the document
//! and the code cannot drift apart.

use utoipa::openapi::schema::{ObjectBuilder, Type};
use utoipa::openapi::Object;

/// A string that is one of these values.
pub fn one_of<'a>(values: impl IntoIterator<Item = &'a str>) -> Object {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(values))
        .build()
}

/// A query parameter that is one of these values, with what it means: a parameter's
/// `schema_with` replaces the schema its doc comment would have described.
pub fn parameter_one_of<'a>(
    description: &str,
    values: impl IntoIterator<Item = &'a str>,
) -> Object {
    let mut schema = one_of(values);
    schema.description = Some(description.to_owned());
    schema
}

/// Every operation of a path, to document what they all answer.
pub fn operations_mut(
    item: &mut utoipa::openapi::PathItem,
) -> impl Iterator<Item = &mut utoipa::openapi::path::Operation> {
    [
        &mut item.get,
        &mut item.put,
        &mut item.post,
        &mut item.delete,
        &mut item.patch,
    ]
    .into_iter()
    .flatten()
}

/// Documents that `operation` may answer `status` with a problem document, unless it
/// already says what that status means.
pub fn may_answer(
    operation: &mut utoipa::openapi::path::Operation,
    status: &str,
    description: &str,
) {
    use utoipa::openapi::{ContentBuilder, ResponseBuilder};
    operation
        .responses
        .responses
        .entry(status.to_owned())
        .or_insert_with(|| {
            ResponseBuilder::new()
                .description(description)
                .content("application/problem+json", ContentBuilder::new().build())
                .build()
                .into()
        });
}

/// Documents on every operation the answers the layers give whatever the handler: 401
/// where an API key is required and is missing or unknown, and 400 where there is a body
/// or a parameter that can be malformed (not JSON of the documented shape, a query that
/// does not parse, a bad `Idempotency-Key`). Added after the routes are merged, so a new
/// route cannot forget them (schemathesis found 17 answers the document did not list).
pub fn document_common_answers(openapi: &mut utoipa::openapi::OpenApi) {
    for item in openapi.paths.paths.values_mut() {
        let shared_parameters = item.parameters.as_ref().is_some_and(|p| !p.is_empty());
        for operation in operations_mut(item) {
            if operation.security.as_ref().is_some_and(|s| !s.is_empty()) {
                may_answer(operation, "401", "No API key, or one we do not know");
            }
            let has_input = shared_parameters
                || operation.request_body.is_some()
                || operation.parameters.as_ref().is_some_and(|p| !p.is_empty());
            if has_input {
                may_answer(
                    operation,
                    "400",
                    "A parameter or body that does not parse, or a bad Idempotency-Key",
                );
            }
        }
    }
}
