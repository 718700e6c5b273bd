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
