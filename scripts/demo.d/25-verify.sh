# checking distances stated in reports
"$EVENTMAP" verify Wonsan Busan --stated "460 km"
"$EVENTMAP" verify Kyiv Kharkiv --stated "1,000 km" || true
