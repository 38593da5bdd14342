# eventmap and the C libraries it runs on
"$EVENTMAP" version
