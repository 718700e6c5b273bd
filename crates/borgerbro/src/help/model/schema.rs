//! A help place as schema.org describes it, for search engines and assistive apps.

use jiff::civil::Date;

use super::place::Place;

/// How far ahead the JSON-LD and the calendar feed publish the days a place is closed.
pub const CLOSED_DAYS_PUBLISHED: i64 = 365;

/// The place as schema.org JSON-LD, for search engines and assistive apps; the days it
/// is closed in the coming year (holidays, its own closing days) are special opening
/// hours that open and close at midnight, as schema.org writes "closed".
pub fn json_ld(place: &Place, url: &str, today: Date) -> serde_json::Value {
    const DAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    let hours: Vec<_> = place
        .hours
        .periods()
        .iter()
        .map(|p| {
            serde_json::json!({
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": format!("https://schema.org/{}", DAYS[usize::from(p.day - 1)]),
                "opens": crate::help::hours::time_of_day(p.opens, false),
                "closes": crate::help::hours::time_of_day(p.closes, false),
            })
        })
        .collect();
    let until = today
        .checked_add(jiff::Span::new().days(CLOSED_DAYS_PUBLISHED))
        .unwrap_or(today);
    let closed: Vec<_> = place
        .hours
        .closed_days(today, until)
        .into_iter()
        .map(|(day, _)| {
            serde_json::json!({
                "@type": "OpeningHoursSpecification",
                "validFrom": day.to_string(),
                "validThrough": day.to_string(),
                "opens": "00:00",
                "closes": "00:00",
            })
        })
        .collect();
    let mut ld = serde_json::json!({
        "@context": "https://schema.org",
        "@type": place.kind.schema_type(),
        "@id": url,
        "url": url,
        "name": place.name,
        "description": place.description,
        "knowsLanguage": place.languages,
        "isAccessibleForFree": true,
        "openingHoursSpecification": hours,
        "specialOpeningHoursSpecification": closed,
        "amenityFeature": [{
            "@type": "LocationFeatureSpecification",
            "name": "Step-free access",
            "value": place.step_free,
        }],
    });
    if let Some(phone) = place.phone_link() {
        ld["telephone"] = phone.into();
    }
    if let Some(street) = &place.street {
        ld["address"] = serde_json::json!({
            "@type": "PostalAddress",
            "streetAddress": street,
            "postalCode": place.postcode,
            "addressLocality": place.city,
            "addressCountry": "DK",
        });
    }
    if let Some(at) = place.position {
        ld["geo"] = serde_json::json!({
            "@type": "GeoCoordinates",
            "latitude": at.latitude,
            "longitude": at.longitude,
        });
    }
    ld
}

#[cfg(test)]
mod tests {
    use super::super::draft::library_draft as draft;
    use super::*;
    use crate::help::postcodes::Postcodes;
    use jiff::civil::date;

    #[test]
    fn json_ld_names_the_place_its_address_and_hours() {
        let place = draft()
            .check(&Postcodes::demo())
            .unwrap_or_else(|e| panic!("{e:?}"))
            .into_place("p1".into(), 0);
        let ld = json_ld(
            &place,
            "https://example.org/hjaelp/steder/p1",
            date(2026, 11, 23),
        );
        assert_eq!(ld["@type"], "Library");
        assert_eq!(ld["address"]["postalCode"], "8000");
        assert_eq!(ld["telephone"], "+4589409200");
        assert_eq!(ld["openingHoursSpecification"][0]["opens"], "08:00");
        // Open on weekdays, so the first day it is closed all day is Christmas Eve.
        let closed = &ld["specialOpeningHoursSpecification"][0];
        assert_eq!(closed["validFrom"], "2026-12-24");
        assert_eq!(closed["opens"], "00:00");
        assert_eq!(closed["closes"], "00:00");
    }
}
